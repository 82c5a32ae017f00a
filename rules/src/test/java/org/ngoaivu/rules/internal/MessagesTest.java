package org.ngoaivu.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.ngoaivu.model.PlanSection;

class MessagesTest {
    private static final Messages MESSAGES = new Messages(labels("PlanSection.BORDER_AFFAIRS=biên giới"),
            labels("PlanSection.BORDER_AFFAIRS=border affairs"));

    private static Properties labels(String line) {
        Properties p = new Properties();
        p.setProperty(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
        return p;
    }

    private static String fill(String template, Messages.Language language, Map<String, Object> values) {
        return MESSAGES.fill(MESSAGES.template(template), values::get, language, new StringBuilder());
    }

    @Test
    void pluralPlaceholderWritesTheNumberAndTheWordThatFitsIt() {
        String template = "{daysLate|day|days} late, {trips|outbound delegation|outbound delegations}";
        assertThat(fill(template, Messages.Language.EN, Map.of("daysLate", 1L, "trips", 3)))
                .isEqualTo("1 day late, 3 outbound delegations");
        assertThat(fill(template, Messages.Language.EN, Map.of("daysLate", 0L, "trips", 1)))
                .isEqualTo("0 days late, 1 outbound delegation");
    }

    @Test
    void datesAndConstantsAreWrittenForEachLanguage() {
        Map<String, Object> values = Map.of("on", LocalDate.of(2024, 3, 5), "section", PlanSection.BORDER_AFFAIRS);
        assertThat(fill("{on}: {section}", Messages.Language.VI, values)).isEqualTo("05/03/2024: biên giới");
        assertThat(fill("{on}: {section}", Messages.Language.EN, values)).isEqualTo("5 March 2024: border affairs");
    }

    @Test
    void datesAreWrittenAsTheLanguagesDateFormatWritesThem() {
        DateTimeFormatter vi = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
        List<LocalDate> dates = List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1),
                LocalDate.of(1000, 1, 9), LocalDate.of(9999, 10, 10), LocalDate.of(999, 5, 6),
                LocalDate.of(10_000, 2, 29), LocalDate.of(-5, 7, 8));
        for (LocalDate date : dates) {
            assertThat(fill("{on}", Messages.Language.VI, Map.of("on", date))).isEqualTo(vi.format(date));
            assertThat(fill("{on}", Messages.Language.EN, Map.of("on", date)))
                    .isEqualTo(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).format(date));
        }
    }

    @Test
    void pluralPlaceholderOnAValueThatIsNotANumberIsAnError() {
        assertThatThrownBy(() -> fill("{officer|person|people}", Messages.Language.EN, Map.of("officer", "Lan")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a number");
    }

    @Test
    void placeholderWithoutAValueIsAnErrorNamingIt() {
        assertThatThrownBy(() -> fill("{city}", Messages.Language.EN, Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("{city}");
    }
}
