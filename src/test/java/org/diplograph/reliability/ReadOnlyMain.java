package org.diplograph.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import org.diplograph.facts.Article;
import org.diplograph.ingest.ArticleSink;
import org.diplograph.ingest.ArticleSources;
import org.diplograph.ingest.ReadProblem;

/** Reads paths as ingest does, without extraction, in a JVM of its own (see TestHostileInputs: a small heap). */
public final class ReadOnlyMain {
    private ReadOnlyMain() {
    }

    public static void main(String[] args) {
        int[] articles = {0};
        new ArticleSources().read(List.of(args), new ArticleSink() {
            @Override
            public void article(Article article) {
                articles[0]++;
            }

            @Override
            public void problem(ReadProblem problem) {
                System.out.println("problem " + problem);
            }
        });
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP)
                peak += pool.getPeakUsage().getUsed();
        System.out.println("articles " + articles[0]);
        System.out.println("peak heap MB " + peak / (1024 * 1024));
    }
}
