package org.ngoaivu.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\u2007", "\u202F", "\u3000", "\t\u00A0 \u3000"})
    void unicode_white_space_alone_is_blank(String text) {
        assertThat(Text.isBlank(text)).isTrue();
    }

    @Test
    void a_letter_between_spaces_is_not_blank() {
        assertThat(Text.isBlank("\u00A0a\u00A0")).isFalse();
    }

    @Test
    void strip_removes_no_break_and_ideographic_spaces_at_both_ends_only() {
        assertThat(Text.strip("\u00A0\u3000Lê Văn C\u202F ")).isEqualTo("Lê Văn C");
        assertThat(Text.strip("Lê\u00A0Văn")).isEqualTo("Lê\u00A0Văn");
    }

    @Test
    void a_name_typed_with_combining_marks_and_a_no_break_space_is_the_same_person() {
        String decomposed = "Le\u0302 Va\u0306n C\u00A0";
        assertThat(Text.personName(decomposed)).isEqualTo(Text.personName("Lê Văn C"));
    }
}
