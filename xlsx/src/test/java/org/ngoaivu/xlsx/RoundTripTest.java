package org.ngoaivu.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ngoaivu.model.Dossier;

class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void theNationalSampleExportedInVietnameseReadsBackAsTheSameDossier() {
        Dossier sample = Workbooks.sample();
        WorkbookReadResult read = DossierWorkbook.read(Workbooks.export(sample, Workbooks.VI, dir));
        assertThat(Workbooks.describe(read, Locale.ENGLISH)).isEmpty();
        assertThat(read.dossier()).contains(sample);
    }

    @Test
    void theNationalSampleExportedInEnglishReadsBackAsTheSameDossier() {
        Dossier sample = Workbooks.sample();
        WorkbookReadResult read = DossierWorkbook.read(Workbooks.export(sample, Locale.ENGLISH, dir));
        assertThat(Workbooks.describe(read, Locale.ENGLISH)).isEmpty();
        assertThat(read.dossier()).contains(sample);
    }
}
