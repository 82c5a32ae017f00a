package org.ngoaivu.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

/**
 * The dashboard as one self-contained HTML page, from the template {@code dashboard.mustache}: JMustache escapes
 * every value it writes ({@code {{name}}}), so a name or message holding markup appears as text.
 */
final class HtmlReport {
    private static final String TEMPLATE = "dashboard.mustache";
    /** Compiled once: a template is immutable and safe to share. Unknown names fail rather than print nothing. */
    private static final Template PAGE = compile();

    private HtmlReport() {
    }

    private static Template compile() {
        // Partials ({{> findings}}) are the resources beside it, findings.mustache.
        Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true)
                .withLoader(name -> resource(name + ".mustache"));
        try (Reader page = resource(TEMPLATE)) {
            return compiler.compile(page);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report's resource " + TEMPLATE, e);
        }
    }

    private static Reader resource(String name) {
        InputStream in = HtmlReport.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("the report's resource " + name + " is missing");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** Writes the page of a dashboard model ({@link Dashboard#of}). */
    static void write(Map<String, Object> dashboard, Writer out) throws IOException {
        try {
            PAGE.execute(dashboard, out);
        } catch (MustacheException e) {
            if (e.getCause() instanceof IOException failedWrite) {
                throw failedWrite;
            }
            // The template and its model are built together: a mismatch is this module's mistake.
            throw new IllegalStateException("the dashboard's template does not fit its model: " + e.getMessage(), e);
        }
        out.flush();
    }
}
