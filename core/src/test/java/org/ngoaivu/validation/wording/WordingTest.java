package org.ngoaivu.validation.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.ngoaivu.validation.Problem;

/** The two files word the same sentences, the Vietnamese in Vietnamese; arguments are said per language. */
class WordingTest {
    @Test
    void bothFilesWordTheSameKeys() {
        assertThat(Wording.keys(true)).isNotEmpty().isEqualTo(Wording.keys(false));
    }

    @Test
    void everyVietnameseTextIsVietnameseAndNotTheEnglish() {
        assertThat(Wording.keys(true)).allSatisfy(key -> {
            String vi = Wording.text(true, key);
            assertThat(vi).as(key).isNotEqualTo(Wording.text(false, key)).matches(Vietnamese::hasVietnameseLetters);
            assertThat(Vietnamese.englishWords(vi)).as(key).isEmpty();
        });
    }

    @Test
    void datesAndCountsAreWrittenAsEachLanguageWritesThem() {
        Problem p = Wording.problem("$.x", "date.order", Wording.phrase("event.return"), LocalDate.of(2024, 3, 1),
                Wording.phrase("event.departure"), LocalDate.of(2024, 3, 5));
        assertThat(p.vi()).isEqualTo("Ngày về nước (01/03/2024) sớm hơn ngày xuất cảnh (05/03/2024).");
        assertThat(p.en()).isEqualTo("The return date 2024-03-01 is before the departure date 2024-03-05.");
        Problem more = Wording.problem("$", "more", Wording.grouped(1500));
        assertThat(more.message(Locale.forLanguageTag("vi"))).startsWith("Còn 1.500 lỗi khác");
        assertThat(more.message(Locale.ENGLISH)).startsWith("1,500 more problems");
    }

    @Test
    void aKeyWithoutWordingOrAMissingArgumentIsAnError() {
        assertThatThrownBy(() -> Wording.phrase("no.such.key")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Wording.problem("$", "required")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{0}");
    }
}
