package org.ngoaivu.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

class JacksonVersionTest {

    private static Version core(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
    }

    private static Version databind(int major, int minor, int patch) {
        return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
    }

    @Test
    void jackson_2_15_is_named_with_what_to_align() {
        assertThat(JacksonVersion.problem(core(2, 15, 4), databind(2, 15, 4)))
                .hasValueSatisfying(m -> assertThat(m)
                        .contains("needs Jackson 2.16.0 or later")
                        .contains("jackson-core 2.15.4")
                        .contains("jackson-bom"));
    }

    @Test
    void an_old_databind_beside_a_new_core_is_named_too() {
        assertThat(JacksonVersion.problem(core(2, 22, 3), databind(2, 14, 1)))
                .hasValueSatisfying(m -> assertThat(m).contains("jackson-databind 2.14.1"));
    }

    @Test
    void the_minimum_and_later_versions_pass() {
        assertThat(JacksonVersion.problem(core(2, 16, 0), databind(2, 16, 0))).isEmpty();
        assertThat(JacksonVersion.problem(core(2, 22, 3), databind(2, 22, 3))).isEmpty();
    }

    @Test
    void the_jackson_this_build_uses_passes() {
        JacksonVersion.require();
    }
}
