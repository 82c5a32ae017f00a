package org.ngoaivu.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.ngoaivu.engine.RuleSource;

/**
 * Watches a host's rule directories (and the folders inside them) and runs a reload once the files have
 * been quiet for a moment, so that an editor's save of several files gives one reload, not several.
 */
final class RuleDirectoryWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 300;

    private final WatchService service;
    private final Thread thread;

    private RuleDirectoryWatcher(WatchService service, Runnable reload) {
        this.service = service;
        this.thread = new Thread(() -> run(reload), "ngoaivu-rule-watcher");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching every directory source; classpath sources cannot change and are not watched.
     *
     * @throws UncheckedIOException when a directory cannot be watched
     */
    static RuleDirectoryWatcher start(List<RuleSource> sources, Runnable reload) {
        try {
            WatchService service = FileSystems.getDefault().newWatchService();
            RuleDirectoryWatcher watcher = new RuleDirectoryWatcher(service, reload);
            for (RuleSource source : sources) {
                if (source instanceof RuleSource.Directory directory) {
                    watcher.registerTree(directory.path());
                }
            }
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch the rule directories: " + e.getMessage(), e);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void run(Runnable reload) {
        try {
            while (true) {
                WatchKey key = service.take();
                // Collect every event until the files are quiet, then reload once.
                while (key != null) {
                    Path dir = (Path) key.watchable();
                    for (var event : key.pollEvents()) {
                        if (event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                            registerQuietly(dir.resolve(name));
                        }
                    }
                    key.reset();
                    key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                }
                try {
                    reload.run();
                } catch (RuntimeException listenerFailed) {
                    // The host's listener failed; tell the thread's handler and keep watching.
                    thread.getUncaughtExceptionHandler().uncaughtException(thread, listenerFailed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void registerQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException | UncheckedIOException goneAgain) {
            // A folder created and removed between two events: nothing to watch.
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
