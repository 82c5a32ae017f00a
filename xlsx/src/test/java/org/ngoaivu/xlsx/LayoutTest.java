package org.ngoaivu.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ngoaivu.xlsx.Layout.Column;
import org.ngoaivu.xlsx.Layout.Sheet;

class LayoutTest {
    private final Layout layout = Layout.DOSSIER;

    @Test
    void everyCollectionOfTheSchemaHasASheet() {
        List<String> arrays = new ArrayList<>();
        Layout.schema().path("properties").properties().forEach(e -> {
            if (e.getValue().path("type").toString().contains("array")) {
                arrays.add(e.getKey());
            }
        });
        assertThat(layout.sheets().stream().filter(s -> s.parent().isEmpty() && !s.isRoot()).map(Sheet::key))
                .containsExactlyElementsOf(arrays);
    }

    @Test
    void everyFieldOfADelegationIsAColumnOrASheet() {
        JsonNode delegation = Layout.schema().path("$defs").path("delegation").path("properties");
        Sheet sheet = layout.sheetNamed("Đoàn ra").orElseThrow();
        List<String> fields = new ArrayList<>();
        delegation.properties().forEach(e -> fields.add(e.getKey()));
        List<String> covered = new ArrayList<>(sheet.columns().stream().map(Column::key).toList());
        covered.add(layout.sheetNamed("Đoàn ra – Thành viên").orElseThrow().field());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(fields);
    }

    @Test
    void labelsFileHoldsNoKeyTheSchemaDoesNotNeed() {
        assertThat(Layout.labels().stringPropertyNames()).containsExactlyInAnyOrderElementsOf(layout.labelKeysUsed());
    }

    @Test
    void sheetNamesAreUniqueAndFitExcelsLimitInBothLanguages() {
        List<String> names = new ArrayList<>();
        layout.sheets().forEach(s -> {
            names.add(s.vi());
            names.add(s.en());
        });
        assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.length() <= Layout.MAX_SHEET_NAME
                && n.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0));
    }

    @Test
    void vietnameseHeadersComeFromTheSchemasTermsWithDatesAndCountsNamedSo() {
        Sheet missions = layout.sheetNamed("Cơ quan đại diện").orElseThrow();
        assertThat(missions.columns()).extracting(Column::key, Column::vi).contains(
                org.assertj.core.groups.Tuple.tuple("hostCountry", "Nước sở tại"),
                org.assertj.core.groups.Tuple.tuple("diplomatCount", "Số cán bộ ngoại giao"),
                org.assertj.core.groups.Tuple.tuple("type", "Loại cơ quan đại diện"));
        Sheet reports = layout.sheetNamed("Báo cáo").orElseThrow();
        assertThat(reports.columns()).extracting(Column::key, Column::vi).contains(
                org.assertj.core.groups.Tuple.tuple("dueOn", "Hạn nộp"));
    }

    @Test
    void everyEnumValueHasAVietnameseLabel() {
        layout.sheets().stream().flatMap(s -> s.columns().stream()).forEach(c ->
                assertThat(c.valuesVi()).hasSameSizeAs(c.values()).doesNotContain(""));
    }
}
