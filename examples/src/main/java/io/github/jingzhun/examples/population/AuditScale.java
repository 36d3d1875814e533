package io.github.jingzhun.examples.population;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.jingzhun.PovertyPolicy;
import io.github.jingzhun.audit.AuditStorage;
import io.github.jingzhun.audit.PopulationAudit;
import io.github.jingzhun.audit.RegistryFinding;
import io.github.jingzhun.decision.Rule;
import io.github.jingzhun.household.Household;
import io.github.jingzhun.json.stream.SpillingStorage;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.jspecify.annotations.Nullable;

/**
 * The audit across households (AUD-1, AUD-8) at a national registry's scale, measured end to end: a {@link
 * ScaleRegistry} of N persons, drawn on one thread, is added to a {@link PopulationAudit} over a {@link
 * SpillingStorage} on another, then the audit is finished; it prints the time each step took, the heap used at most,
 * the bytes spilled and whether the findings are exactly those planted (exit code 1 otherwise).
 *
 * <pre>{@code
 * java -Xmx512m -cp examples/target/jingzhun-examples.jar io.github.jingzhun.examples.population.AuditScale \
 *     90000000 [--spill-dir DIR] [--heap]
 * }</pre>
 *
 * <p>{@code --heap} audits on the heap ({@link AuditStorage#inMemory()}) instead, for comparison. No household is
 * held: the registry's NDJSON for 90 million persons would take some 45 GB.
 */
public final class AuditScale {

    private static final int BATCH = 4096;
    private static final int REPEATED_PERSONS = 1000;
    private static final int OVERLOADED_CADRES = 10;
    private static final long SEED = 2019;

    private AuditScale() {}

    /**
     * Runs the measurement.
     *
     * @param args the number of persons, then {@code --spill-dir DIR} or {@code --heap}
     * @throws Exception if the audit fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: AuditScale PERSONS [--spill-dir DIR] [--heap]");
            System.exit(2);
        }
        long persons = Long.parseLong(args[0].replace("_", "").replace(",", ""));
        Path spill = null;
        boolean heap = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--spill-dir") && i + 1 < args.length) {
                spill = Path.of(args[++i]);
            } else if (args[i].equals("--heap")) {
                heap = true;
            } else {
                System.err.println("unknown argument: " + args[i]);
                System.exit(2);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean exact = run(persons, heap ? null : spill, heap, out);
        System.exit(exact ? 0 : 1);
    }

    /**
     * Audits a registry of persons and reports on it.
     *
     * @return whether the findings were exactly those planted
     */
    static boolean run(long persons, @Nullable Path spill, boolean heap, PrintStream out) throws Exception {
        long setUp = System.nanoTime();
        ScaleRegistry registry = new ScaleRegistry(persons, REPEATED_PERSONS, OVERLOADED_CADRES, SEED);
        out.printf(Locale.ROOT, "registry: %,d persons registered %,d times in %,d households; planted: %,d repeats "
                + "(AUD-1), %,d overloaded cadres (AUD-8)%n", persons, registry.registrations(),
                registry.households(), registry.repeats(), registry.expectedCadres().size());
        out.printf(Locale.ROOT, "JVM: %s, %d processors, largest heap %,d MiB; storage: %s%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, heap ? "on the heap" : "spilling");
        List<String> repeats = new ArrayList<>();
        Map<String, List<String>> cadres = new TreeMap<>();
        Consumer<RegistryFinding> findings = f -> {
            if (f.finding().rule() == Rule.AUD_1) {
                repeats.add(f.finding().subject());
            } else if (f.finding().rule() == Rule.AUD_8) {
                cadres.put(f.finding().subject(), f.households());
            } else {
                throw new IllegalStateException("an unexpected finding: " + f.finding().rule());
            }
        };
        BlockingQueue<List<Household>> queue = new ArrayBlockingQueue<>(4);
        AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] drawingCpu = new long[1];
        Thread drawing = new Thread(() -> {
            try {
                draw(registry, queue);
                drawingCpu[0] = threads.getCurrentThreadCpuTime();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "draw-registry");
        drawing.setDaemon(true);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long[] live = new long[1];
        List<Runnable> unlisten = listenToCollections(live);
        long gcBefore = gcMillis();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long processBefore = processCpu();
        long start = System.nanoTime();
        long adding = 0;
        long finishing;
        long written = 0;
        long disk = 0;
        try (AuditStorage storage = heap ? AuditStorage.inMemory() : SpillingStorage.create(spill)) {
            PopulationAudit audit = PopulationAudit.start(PovertyPolicy.national().parametersFor(Year.of(2019)),
                    storage);
            drawing.start();
            for (List<Household> batch; !(batch = queue.take()).isEmpty(); ) {
                long t = System.nanoTime();
                for (Household h : batch) {
                    audit.add(h);
                }
                adding += System.nanoTime() - t;
            }
            RuntimeException failed = failure.get();
            if (failed != null) {
                throw failed;
            }
            long t = System.nanoTime();
            audit.finish(findings);
            finishing = System.nanoTime() - t;
            if (storage instanceof SpillingStorage spilling) {
                written = spilling.bytesWritten();
                disk = spilling.mostBytesOnDisk();
            }
        }
        long wall = System.nanoTime() - start;
        long auditCpu = threads.getCurrentThreadCpuTime() - cpuBefore;
        long processCpu = processCpu() - processBefore;
        drawing.join();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "time: %.1f s in all (registry set up in %.1f s before); the audit's thread: %.1f s "
                + "adding, %.1f s finishing (sort, merge, findings), %.1f s in all; garbage collection %.1f s%n",
                wall / 1e9, (start - setUp) / 1e9, adding / 1e9, finishing / 1e9, (adding + finishing) / 1e9,
                (gcMillis() - gcBefore) / 1e3);
        out.printf(Locale.ROOT, "CPU: %.1f s on the audit's thread, %.1f s drawing the registry, %.1f s by the whole "
                + "process (garbage collection and compilation included)%n", auditCpu / 1e9, drawingCpu[0] / 1e9,
                processCpu / 1e9);
        unlisten.forEach(Runnable::run);
        out.printf(Locale.ROOT, "heap: at most %,d MiB live after a collection; at most %,d MiB used (the peaks of "
                + "its pools, added, garbage included)%n", live[0] >> 20, peak >> 20);
        if (!heap) {
            out.printf(Locale.ROOT, "disk: %,d MiB written, at most %,d MiB at once (%.1f bytes a person)%n",
                    written >> 20, disk >> 20, (double) disk / registry.registrations());
        }
        boolean exact = repeats.equals(registry.expectedRepeats()) && cadres.equals(registry.expectedCadres());
        out.printf(Locale.ROOT, "findings: %,d AUD-1, %,d AUD-8: %s%n", repeats.size(), cadres.size(),
                exact ? "exactly those planted" : "NOT those planted");
        return exact;
    }

    /** Draws the registry in batches; an empty batch ends it. */
    private static void draw(ScaleRegistry registry, BlockingQueue<List<Household>> queue) {
        List<List<Household>> batch = new ArrayList<>(1);
        batch.add(new ArrayList<>(BATCH));
        try {
            registry.households(h -> {
                batch.get(0).add(h);
                if (batch.get(0).size() == BATCH) {
                    put(queue, batch.get(0));
                    batch.set(0, new ArrayList<>(BATCH));
                }
            });
            if (!batch.get(0).isEmpty()) {
                put(queue, batch.get(0));
            }
        } finally {
            put(queue, List.of());
        }
    }

    private static void put(BlockingQueue<List<Household>> queue, List<Household> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the most heap used after any collection: what the audit holds, garbage aside. */
    private static List<Runnable> listenToCollections(long[] most) {
        List<Runnable> unlisten = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = (notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())
                            && notification.getUserData() instanceof CompositeData data) {
                        long used = 0;
                        for (MemoryUsage usage : GarbageCollectionNotificationInfo.from(data).getGcInfo()
                                .getMemoryUsageAfterGc().values()) {
                            used += usage.getUsed();
                        }
                        synchronized (most) {
                            most[0] = Math.max(most[0], used);
                        }
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                unlisten.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException e) {
                        // nothing to remove
                    }
                });
            }
        }
        return unlisten;
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long gcMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis;
    }
}
