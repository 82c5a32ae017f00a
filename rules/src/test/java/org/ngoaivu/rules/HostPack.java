package org.ngoaivu.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ngoaivu.model.Dossier;
import org.ngoaivu.model.Mission;
import org.ngoaivu.model.MissionType;

/** Writes small host rule packs for tests: one {@code .drl} file and a message for each rule id in it. */
final class HostPack {
    static final String HEADER = """
            package host.rules;
            import org.ngoaivu.model.*;
            global org.ngoaivu.rules.api.Findings findings;
            """;
    /** One embassy with 30 diplomats: a count the probe dossier never holds. */
    static final Dossier THIRTY = Dossier.builder(LocalDate.of(2024, 1, 1))
            .mission(Mission.builder("M", MissionType.EMBASSY, "JP", 30).build()).build();
    private static final Pattern ID = Pattern.compile("@id\\(\"([^\"]+)\"\\)");

    private HostPack() {
    }

    /** A rule about a mission, with metadata, the given conditions and consequence. */
    static String rule(String id, String when, String then) {
        return "rule \"" + id + " rule\"\n    @id(\"" + id + "\") @severity(\"ADVICE\") @subject(\"MISSION\")"
                + " @source(\"host policy\")\nwhen\n" + when + "\nthen\n" + then + "\nend\n";
    }

    /** A rule that reports {@code $m} when its conditions hold. */
    static String rule(String id, String when) {
        return rule(id, when, "    findings.about($m).report();");
    }

    /** Writes {@code name} with the header and the rules, and a message for every id in them. */
    static Path write(Path dir, String name, String rules) {
        try {
            Files.writeString(dir.resolve(name), HEADER + rules);
            StringBuilder messages = new StringBuilder();
            Matcher ids = ID.matcher(rules);
            while (ids.find()) {
                messages.append(ids.group(1)).append("={subject}\n");
            }
            Files.writeString(dir.resolve("messages_en.properties"), messages);
            Files.writeString(dir.resolve("messages_vi.properties"), messages);
            return dir.resolve(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
