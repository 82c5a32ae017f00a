package org.ngoaivu.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.ngoaivu.engine.RuleSource;

/** Reads the text files of a rule source: {@code .drl} files and the message bundles beside them. */
final class RuleFiles {
    /**
     * The list of a classpath folder's rule files, one relative path a line, written by the build beside the
     * bundled rules ({@link #writeIndex}): with it, reading them from a jar looks up each entry instead of
     * walking every entry of the jar (a CLI's single jar holds about 9,500).
     */
    static final String INDEX = "rule-files.txt";

    /**
     * A text file of a rule pack.
     *
     * @param location where it came from, as shown in errors (a path, or a classpath resource)
     * @param folder   the folder it lives in, relative to the pack's root ({@code ""} for the root)
     * @param name     the file name
     * @param content  the text
     */
    record TextFile(String location, String folder, String name, String content) {
    }

    private RuleFiles() {
    }

    /** The {@code .drl} and {@code .properties} files of a source, sorted by folder and name. */
    static List<TextFile> read(RuleSource source) {
        List<TextFile> sorted = new ArrayList<>(source instanceof RuleSource.Directory d
                ? directory(d.path())
                : classpath(((RuleSource.Classpath) source).folder(), ((RuleSource.Classpath) source).loader()));
        sorted.sort((a, b) -> (a.folder() + "/" + a.name()).compareTo(b.folder() + "/" + b.name()));
        return List.copyOf(sorted);
    }

    private static boolean wanted(String name) {
        return name.endsWith(".drl") || name.endsWith(".properties");
    }

    private static List<TextFile> directory(Path root) {
        if (!Files.isDirectory(root) || !Files.isReadable(root)) {
            throw new IllegalArgumentException("The rule directory " + root + " is not a readable directory.");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<TextFile> out = new ArrayList<>();
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> wanted(p.getFileName().toString())).toList()) {
                Path rel = root.relativize(p);
                String folder = rel.getParent() == null ? "" : rel.getParent().toString().replace('\\', '/');
                out.add(new TextFile(p.toString(), folder, p.getFileName().toString(), Files.readString(p)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the rule directory " + root + ": " + e.getMessage(), e);
        }
    }

    private static List<TextFile> classpath(String folder, ClassLoader loader) {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        List<TextFile> out = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(prefix))) {
                switch (url.getProtocol()) {
                    case "file" -> {
                        for (TextFile f : directory(Paths.get(url.toURI()))) {
                            out.add(new TextFile(prefix + (f.folder().isEmpty() ? "" : f.folder() + "/") + f.name(),
                                    f.folder(), f.name(), f.content()));
                        }
                    }
                    case "jar" -> out.addAll(jar(url, prefix));
                    default -> throw new IllegalArgumentException("Cannot list rule files at " + url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule files under " + prefix + ": " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot read rule files under " + prefix, e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("No rule files found on the classpath under " + prefix);
        }
        return out;
    }

    private static List<TextFile> jar(URL url, String prefix) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        List<TextFile> out = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            JarEntry index = jar.getJarEntry(prefix + INDEX);
            List<JarEntry> entries = new ArrayList<>();
            if (index != null) {
                for (String rel : text(jar, index).split("\n")) {
                    JarEntry entry = jar.getJarEntry(prefix + rel);
                    if (entry == null) {
                        throw new IOException("the jar lacks " + prefix + rel + ", listed in " + index.getName());
                    }
                    entries.add(entry);
                }
            } else {
                entries.addAll(Collections.list(jar.entries()));
            }
            for (JarEntry entry : entries) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix) || !wanted(name)) {
                    continue;
                }
                String rel = name.substring(prefix.length());
                int slash = rel.lastIndexOf('/');
                out.add(new TextFile(name, slash < 0 ? "" : rel.substring(0, slash), rel.substring(slash + 1),
                        text(jar, entry)));
            }
        }
        return out;
    }

    private static String text(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Writes the {@link #INDEX} of the rule files under {@code folder} of a class output directory; run by the
     * build, so that the list matches the files the jar is made of.
     */
    static void writeIndex(Path classes, String folder) throws IOException {
        Path root = classes.resolve(folder);
        List<String> names = new ArrayList<>();
        for (TextFile file : directory(root)) {
            names.add(file.folder().isEmpty() ? file.name() : file.folder() + "/" + file.name());
        }
        Collections.sort(names);
        Files.writeString(root.resolve(INDEX), String.join("\n", names), StandardCharsets.UTF_8);
    }
}
