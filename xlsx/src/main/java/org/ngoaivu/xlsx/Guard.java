package org.ngoaivu.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at a file before the spreadsheet library does, so that a hostile or foreign file ends in one clear
 * problem: not a zip (a CSV renamed .xlsx), an Excel 97–2003 or password-protected file (both OLE2 containers),
 * macros, links to other workbooks, merged cells, or a zip bomb. Every entry is decompressed once with a bound
 * on the total, since the sizes a zip declares may lie.
 */
final class Guard {
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final Pattern SHEET = Pattern.compile("<(?:\\w+:)?sheet\\b[^>]*?\\bname=\"([^\"]*)\"[^>]*?\\b"
            + "(?:\\w+:)?id=\"([^\"]*)\"");
    private static final Pattern REL = Pattern.compile("<Relationship\\b[^>]*?\\bId=\"([^\"]*)\"[^>]*?\\bTarget=\""
            + "([^\"]*)\"|<Relationship\\b[^>]*?\\bTarget=\"([^\"]*)\"[^>]*?\\bId=\"([^\"]*)\"");
    private static final Pattern MERGE = Pattern.compile("<(?:\\w+:)?mergeCell\\b[^>]*?\\bref=\"([^\"]*)\"");

    private Guard() {
    }

    /** The problems that stop reading; empty when the file may be handed to the reader. */
    static List<WorkbookProblem> check(Path file) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsm") || name.endsWith(".xltm")) {
            return List.of(macros());
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            return List.of(WorkbookProblem.file(
                    "Tệp lớn hơn " + MAX_FILE_BYTES / (1024 * 1024) + " MiB; ngoaivu không đọc tệp này.",
                    "The file is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB; ngoaivu does not read it."));
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, OLE2)) {
            return List.of(ole2(Files.readAllBytes(file)));
        }
        if (!startsWith(head, ZIP)) {
            return List.of(WorkbookProblem.file(
                    "Tệp không phải là sổ làm việc Excel (.xlsx)" + (head.length == 0 ? " (tệp rỗng)"
                            : ", có thể là văn bản hoặc CSV đổi tên") + ". Hãy mở bằng Excel hoặc LibreOffice và lưu"
                            + " dưới dạng Sổ làm việc Excel (.xlsx).",
                    "The file is not an Excel workbook (.xlsx)" + (head.length == 0 ? " (it is empty)"
                            : "; it may be text or a CSV renamed") + ". Open it in Excel or LibreOffice and save it"
                            + " as an Excel Workbook (.xlsx)."));
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            return entries(zip);
        } catch (ZipException e) {
            return List.of(damaged());
        }
    }

    static WorkbookProblem damaged() {
        return WorkbookProblem.file("Tệp .xlsx bị hỏng, không đọc được; hãy mở và lưu lại bằng Excel hoặc"
                + " LibreOffice.", "The .xlsx file is damaged and cannot be read; open and save it again in Excel or"
                + " LibreOffice.");
    }

    private static WorkbookProblem macros() {
        return WorkbookProblem.file("Tệp có macro (VBA, .xlsm); ngoaivu không đọc sổ làm việc có macro. Hãy lưu"
                + " lại dưới dạng Sổ làm việc Excel (.xlsx).", "The workbook holds macros (VBA, .xlsm); ngoaivu"
                + " refuses macro-enabled workbooks. Save it as an Excel Workbook (.xlsx).");
    }

    /** An OLE2 container is either a password-protected workbook or an old .xls. */
    private static WorkbookProblem ole2(byte[] bytes) {
        if (contains(bytes, "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE))
                || contains(bytes, "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE))) {
            return WorkbookProblem.file("Tệp được bảo vệ bằng mật khẩu; hãy bỏ mật khẩu (Tệp → Thông tin → Bảo vệ"
                    + " sổ làm việc) rồi lưu lại.", "The workbook is password-protected; remove the password"
                    + " (File → Info → Protect Workbook) and save it again.");
        }
        return WorkbookProblem.file("Tệp ở định dạng Excel 97–2003 (.xls); hãy lưu lại dưới dạng Sổ làm việc Excel"
                + " (.xlsx).", "The file is in the Excel 97–2003 format (.xls); save it as an Excel Workbook (.xlsx).");
    }

    private static List<WorkbookProblem> entries(ZipFile zip) throws IOException {
        List<? extends ZipEntry> entries = Collections.list(zip.entries());
        if (entries.size() > MAX_ENTRIES) {
            return List.of(bomb());
        }
        if (entries.stream().anyMatch(e -> e.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            return List.of(macros());
        }
        if (entries.stream().anyMatch(e -> e.getName().startsWith("xl/externalLinks/"))) {
            return List.of(WorkbookProblem.file("Sổ làm việc có liên kết tới tệp khác; hãy ngắt liên kết (Dữ liệu →"
                    + " Chỉnh sửa liên kết → Ngắt liên kết) rồi lưu lại.", "The workbook links to other workbooks;"
                    + " break the links (Data → Edit Links → Break Link) and save it again."));
        }
        long total = 0;
        Map<String, String> parts = new HashMap<>();
        Map<String, List<String>> merged = new HashMap<>();
        for (ZipEntry e : entries) {
            boolean keep = e.getName().equals("xl/workbook.xml") || e.getName().equals("xl/_rels/workbook.xml.rels");
            boolean sheet = e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml");
            try (InputStream in = zip.getInputStream(e)) {
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                byte[] buffer = new byte[64 * 1024];
                // The tail of the previous chunk, so that a <mergeCell> split across two chunks is still seen (a
                // range seen twice is counted once).
                String tail = "";
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        return List.of(bomb());
                    }
                    if (keep) {
                        kept.write(buffer, 0, n);
                    } else if (sheet) {
                        String chunk = tail + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                        Matcher m = MERGE.matcher(chunk);
                        while (m.find()) {
                            merged.computeIfAbsent(e.getName(), k -> new ArrayList<>()).add(m.group(1));
                        }
                        tail = chunk.substring(Math.max(0, chunk.length() - 256));
                    }
                }
                if (keep) {
                    parts.put(e.getName(), kept.toString(StandardCharsets.UTF_8));
                }
            }
        }
        return mergedCells(merged, sheetNames(parts));
    }

    private static List<WorkbookProblem> mergedCells(Map<String, List<String>> merged, Map<String, String> names) {
        List<WorkbookProblem> problems = new ArrayList<>();
        merged.forEach((part, ranges) -> {
            String sheet = names.getOrDefault(part, part);
            for (String range : ranges.stream().distinct().toList()) {
                OptionalInt row = firstRow(range);
                problems.add(WorkbookProblem.of(new CellLocation(sheet, row, Optional.empty()),
                        "các ô " + range + " được gộp; hãy bỏ gộp ô: mỗi giá trị nằm trong một ô riêng.",
                        "cells " + range + " are merged; unmerge them: each value belongs in a cell of its own."));
            }
        });
        return problems;
    }

    private static OptionalInt firstRow(String range) {
        Matcher m = Pattern.compile("^[A-Z]+(\\d+)").matcher(range);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** Each worksheet part's sheet name, from the workbook and its relationships. */
    private static Map<String, String> sheetNames(Map<String, String> parts) {
        Map<String, String> targets = new HashMap<>();
        Matcher rel = REL.matcher(parts.getOrDefault("xl/_rels/workbook.xml.rels", ""));
        while (rel.find()) {
            String id = rel.group(1) != null ? rel.group(1) : rel.group(4);
            String target = rel.group(2) != null ? rel.group(2) : rel.group(3);
            targets.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
        }
        Map<String, String> names = new HashMap<>();
        Matcher sheet = SHEET.matcher(parts.getOrDefault("xl/workbook.xml", ""));
        while (sheet.find()) {
            Optional.ofNullable(targets.get(sheet.group(2))).ifPresent(t -> names.put(t, unescape(sheet.group(1))));
        }
        return names;
    }

    private static String unescape(String xml) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(s, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(2),
                    m.group(1).isEmpty() ? 10 : 16))));
        }
        return m.appendTail(s).toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static WorkbookProblem bomb() {
        return WorkbookProblem.file("Tệp giải nén ra hơn " + MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB hoặc hơn "
                + String.format(Locale.ROOT, "%,d", MAX_ENTRIES).replace(',', '.') + " thành phần (có thể là"
                + " “bom zip”); ngoaivu không đọc tệp này.", "The file unpacks to more than "
                + MAX_UNPACKED_BYTES / (1024 * 1024) + " MiB or more than " + String.format(Locale.ROOT, "%,d",
                MAX_ENTRIES) + " parts (it may be a zip bomb); ngoaivu does not read it.");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
