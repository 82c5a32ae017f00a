package org.ngoaivu.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the {@code ngoaivu} command in this JVM: its exit code and what it printed on each stream.
 *
 * @param code the exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Ngoaivu.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
