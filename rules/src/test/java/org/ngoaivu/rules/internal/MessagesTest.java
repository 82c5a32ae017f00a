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
import org.ngoaivu.engine.LocalizedText;
import org.ngoaivu.model.Delegation;
import org.ngoaivu.model.DelegationMember;
import org.ngoaivu.model.PlanSection;
import org.ngoaivu.rules.api.Country;

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
    void countriesAreNamedFromCldrInEachLanguageAndRecordedByCode() {
        Map<String, Object> values = Map.of("to", Country.of("JP"), "in", Country.of("AE"), "with",
                Country.all(java.util.Set.of("LA", "CN")));
        assertThat(fill("{to}; {in}; {with}", Messages.Language.VI, values))
                .isEqualTo("Nhật Bản; Các Tiểu Vương quốc Ả Rập Thống nhất; Trung Quốc và Lào");
        assertThat(fill("{to}; {in}; {with}", Messages.Language.EN, values))
                .isEqualTo("Japan; the United Arab Emirates; China and Laos");
        assertThat(Messages.record(Country.all(java.util.Set.of("LA", "CN")))).isEqualTo(List.of("CN", "LA"));
        assertThat(fill("{x}", Messages.Language.EN, Map.of("x", Country.of("QQ")))).as("unknown code").isEqualTo("QQ");
    }

    @Test
    void listsReadAsASentenceListsThings() {
        Map<String, Object> values = Map.of("three", List.of("An", "Bình", "Châu"), "one", List.of("An"));
        assertThat(fill("{three}; {one}", Messages.Language.VI, values)).isEqualTo("An, Bình và Châu; An");
        assertThat(fill("{three}; {one}", Messages.Language.EN, values)).isEqualTo("An, Bình and Châu; An");
    }

    @Test
    void wordsForTheReaderAreWrittenInTheirLanguage() {
        Map<String, Object> values = Map.of("head", new LocalizedText("chưa ghi họ tên", "name not recorded"));
        assertThat(fill("({head})", Messages.Language.VI, values)).isEqualTo("(chưa ghi họ tên)");
        assertThat(fill("({head})", Messages.Language.EN, values)).isEqualTo("(name not recorded)");
    }

    @Test
    void aTripIsItsDestinationAndDepartureAndIsRecordedById() {
        Delegation trip = Delegation.builder("D1", "HNI", "KR").leader(new DelegationMember("Lê Văn C", true, false))
                .departedOn(LocalDate.of(2024, 3, 5)).build();
        assertThat(fill("{trips}", Messages.Language.VI, Map.of("trips", List.of(trip)))).isEqualTo("Hàn Quốc (05/03/2024)");
        assertThat(fill("{trips}", Messages.Language.EN, Map.of("trips", List.of(trip))))
                .isEqualTo("South Korea (5 March 2024)");
        assertThat(Messages.record(List.of(trip))).isEqualTo(List.of("D1"));
    }

    @Test
    void factsAreRecordedWithTheirJsonTypes() {
        assertThat(Messages.record(PlanSection.BORDER_AFFAIRS)).isEqualTo("BORDER_AFFAIRS");
        assertThat(Messages.record(4L)).isEqualTo(4L);
        assertThat(Messages.record(LocalDate.of(2024, 3, 5))).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(Messages.record(java.util.EnumSet.of(PlanSection.BORDER_AFFAIRS, PlanSection.LOCAL_PROMOTION)))
                .isEqualTo(List.of("LOCAL_PROMOTION", "BORDER_AFFAIRS"));
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
