package org.diplograph.serve;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.apache.jena.sparql.exec.QueryExec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.ThreadMXBean;

/**
 * Keeps one query from taking the heap the others need. A query that gathers rows it cannot stream (ORDER BY, GROUP
 * BY or DISTINCT over a cross join) holds more memory with every row, and the JVM has no per-request bound. After
 * each garbage collection this looks at the heap still in use. Above {@value #THRESHOLD_PERCENT}% of the maximum
 * after a young collection, which leaves the old generation's garbage in place, it asks for a full collection; above
 * it after a full collection, what is left is live, and it stops the running query that has allocated the most since
 * it began, the way the timeout stops a query (Jena checks between rows), and waits for it to end before it stops
 * another. The other queries go on. A stopped query's answer is a 503 that says why.
 */
final class MemoryGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryGuard.class);
    static final int THRESHOLD_PERCENT = 70;

    private record Running(QueryExec exec, long allocatedAtStart) {
    }

    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final long maxHeap = Runtime.getRuntime().maxMemory();
    private final Map<Thread, Running> running = new ConcurrentHashMap<>();
    private final Set<Thread> stopped = ConcurrentHashMap.newKeySet();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::afterCollection;
    private volatile long lastFullCollection;

    MemoryGuard() {
        threads.setThreadAllocatedMemoryEnabled(true);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
    }

    /** The query {@code exec} runs on the calling thread from now on. */
    void started(QueryExec exec) {
        Thread self = Thread.currentThread();
        stopped.remove(self);
        running.put(self, new Running(exec, threads.getThreadAllocatedBytes(self.getId())));
    }

    /** The calling thread's query is over; true if this guard stopped it. */
    boolean finished() {
        Thread self = Thread.currentThread();
        running.remove(self);
        return stopped.remove(self);
    }

    private void afterCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType()))
            return;
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet())
            if (heapPools.contains(pool.getKey()))
                used += pool.getValue().getUsed();
        if (used * 100 <= maxHeap * THRESHOLD_PERCENT || running.isEmpty())
            return;
        for (Thread t : stopped)
            if (running.containsKey(t))
                return;   // a stopped query has not ended yet: what it holds is freed when it does
        if (info.getGcAction().contains("major")) {
            stopHeaviest(used);
        } else if (System.nanoTime() - lastFullCollection > 1_000_000_000L) {
            lastFullCollection = System.nanoTime();
            System.gc();   // its notification tells what is live
        }
    }

    private void stopHeaviest(long used) {
        Thread heaviest = null;
        long most = -1;
        for (Map.Entry<Thread, Running> e : running.entrySet()) {
            if (stopped.contains(e.getKey()))
                continue;
            long allocated = threads.getThreadAllocatedBytes(e.getKey().getId()) - e.getValue().allocatedAtStart();
            if (allocated > most) {
                most = allocated;
                heaviest = e.getKey();
            }
        }
        Running victim = heaviest == null ? null : running.get(heaviest);
        if (victim == null)
            return;
        stopped.add(heaviest);
        victim.exec().abort();
        LOG.warn("heap {} MB of {} MB after a collection: stopped the query on {}, which allocated {} MB", used >> 20,
                maxHeap >> 20, heaviest.getName(), most >> 20);
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // already gone
            }
        }
    }
}
