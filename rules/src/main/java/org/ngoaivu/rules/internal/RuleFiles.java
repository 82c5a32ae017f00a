package org.ngoaivu.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.ngoaivu.engine.RuleSource;

/** Reads the text files of a rule source: {@code .drl} files and the message bundles beside them. */
final class RuleFiles {

    /**
     * A text file of a rule pack.
     *
     * @param location where it came from, as shown in errors (a path, or a classpath resource)
     * @param folder   the folder it lives in, relative to the pack's root ({@code ""} for the root)
     * @param name     the file name
     * @param content  the text
     */
    record TextFile(String location, String folder, String name, String content) {
    }

    private RuleFiles() {
    }

    /** The {@code .drl} and {@code .properties} files of a source, sorted by folder and name. */
    static List<TextFile> read(RuleSource source) {
        List<TextFile> sorted = new ArrayList<>(source instanceof RuleSource.Directory d
                ? directory(d.path())
                : classpath(((RuleSource.Classpath) source).folder(), ((RuleSource.Classpath) source).loader()));
        sorted.sort((a, b) -> (a.folder() + "/" + a.name()).compareTo(b.folder() + "/" + b.name()));
        return List.copyOf(sorted);
    }

    private static boolean wanted(String name) {
        return name.endsWith(".drl") || name.endsWith(".properties");
    }

    private static List<TextFile> directory(Path root) {
        if (!Files.isDirectory(root) || !Files.isReadable(root)) {
            throw new IllegalArgumentException("The rule directory " + root + " is not a readable directory.");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<TextFile> out = new ArrayList<>();
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> wanted(p.getFileName().toString())).toList()) {
                Path rel = root.relativize(p);
                String folder = rel.getParent() == null ? "" : rel.getParent().toString().replace('\\', '/');
                out.add(new TextFile(p.toString(), folder, p.getFileName().toString(), Files.readString(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule directory " + root + ": " + e.getMessage(), e);
        }
    }

    private static List<TextFile> classpath(String folder, ClassLoader loader) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        List<TextFile> out = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(prefix))) {
                switch (url.getProtocol()) {
                    case "file" -> {
                        for (TextFile f : directory(Paths.get(url.toURI()))) {
                            out.add(new TextFile(prefix + (f.folder().isEmpty() ? "" : f.folder() + "/") + f.name(),
                                    f.folder(), f.name(), f.content()));
                        }
                    }
                    case "jar" -> out.addAll(jar(url, prefix));
                    default -> throw new IllegalArgumentException("Cannot list rule files at " + url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule files under " + prefix + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot read rule files under " + prefix, e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("No rule files found on the classpath under " + prefix);
        }
        return out;
    }

    private static List<TextFile> jar(URL url, String prefix) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        List<TextFile> out = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix) || !wanted(name)) {
                    continue;
                }
                String rel = name.substring(prefix.length());
                int slash = rel.lastIndexOf('/');
                try (InputStream in = jar.getInputStream(entry)) {
                    out.add(new TextFile(name, slash < 0 ? "" : rel.substring(0, slash), rel.substring(slash + 1),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }
}
