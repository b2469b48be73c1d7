package org.diplograph.knowledge.build;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.gazetteer.CountryTable;
import org.diplograph.knowledge.OfficeHolders;

/**
 * What loading the bundled tables costs: the time of the first load in a fresh JVM (classes, country table,
 * parsing and indexing), the mean of further loads, and the heap the loaded tables hold (measured after a full
 * GC with and without a reference to them). Run with {@code bin/diplograph build-knowledge --load-cost}.
 */
final class LoadCost {
    private LoadCost() {}

    static String measure(int repeats) {
        CountryTable.standard();   // the country table is loaded by the product anyway; not counted
        long before = usedAfterGc();
        // CPU time of the whole process (both reading threads, the JIT, the GC), not only of this thread.
        var threads = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long c0 = threads.getProcessCpuTime();
        long t0 = System.nanoTime();
        OfficeHolders first = OfficeHolders.bundled();
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        long firstCpuMs = (threads.getProcessCpuTime() - c0) / 1_000_000;
        long held = usedAfterGc() - before;
        long reparse = 0;
        long reparseCpu = 0;
        for (int i = 0; i < repeats; i++) {
            long c = threads.getProcessCpuTime();
            long t = System.nanoTime();
            OfficeHolders.of(readBundled());
            reparse += System.nanoTime() - t;
            reparseCpu += threads.getProcessCpuTime() - c;
        }
        return String.format("first load %d ms (%d ms CPU; cold JVM), then %d ms per load (%d ms CPU; mean of %d); "
                        + "%d persons, %d rows; heap held %.1f MB; load average %.1f on %d cores", firstMs, firstCpuMs,
                reparse / repeats / 1_000_000, reparseCpu / repeats / 1_000_000, repeats, first.persons().size(),
                first.holdingCount(), held / 1e6,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static List<List<org.diplograph.knowledge.Holding>> readBundled() {
        List<List<org.diplograph.knowledge.Holding>> tables = new ArrayList<>();
        for (String r : OfficeHolders.RESOURCES)
            tables.add(OfficeHolders.read(LoadCost.class.getResourceAsStream(r), r, true));
        return tables;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
