package org.ngoaivu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class CliVersionTest {
    @Test
    void versionIsTheProjectVersionOfThisBuild() {
        String projectVersion = System.getProperty("ngoaivu.project.version");
        assertThat(projectVersion).as("surefire passes ngoaivu.project.version").isNotBlank();
        StringWriter out = new StringWriter();
        int code = Ngoaivu.run(new String[] {"--version"}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        assertThat(out.toString().strip()).isEqualTo("ngoaivu " + projectVersion);
    }
}
