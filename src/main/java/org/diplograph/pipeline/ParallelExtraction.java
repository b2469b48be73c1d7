package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.diplograph.ingest.Article;

/**
 * Runs a per-article task (extract + build the graph) on a fixed pool of worker threads, one batch at a time, with
 * a time limit per article. The caller stays the single writer to the store. A task past its limit is reported
 * and cancelled; CoreNLP does not check interrupts everywhere, so its thread may finish the work in the
 * background, but the batch does not wait for it.
 */
final class ParallelExtraction<R> implements AutoCloseable {
    /** The result of one article: a value, or the one-line reason it failed. */
    record Outcome<R>(Article article, R value, String error) {
    }

    private final ExecutorService pool;
    private final Function<Article, R> task;
    private final long timeoutMillis;

    ParallelExtraction(int threads, long timeoutMillis, Function<Article, R> task) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.task = task;
        this.timeoutMillis = timeoutMillis;
    }

    /** Outcomes in the order of {@code articles}. */
    List<Outcome<R>> run(List<Article> articles) {
        List<Future<R>> futures = new ArrayList<>(articles.size());
        for (Article a : articles)
            futures.add(pool.submit(() -> task.apply(a)));
        List<Outcome<R>> outcomes = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            Future<R> future = futures.get(i);
            try {
                // Waiting in order, each article gets its limit counted from when the one before it finished.
                outcomes.add(new Outcome<>(article, future.get(timeoutMillis, TimeUnit.MILLISECONDS), null));
            } catch (TimeoutException e) {
                future.cancel(true);
                outcomes.add(new Outcome<>(article, null, "extraction took longer than "
                        + timeoutMillis / 1000 + " s and was abandoned"));
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                outcomes.add(new Outcome<>(article, null, "extraction failed: " + cause));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return outcomes;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
