package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.diplograph.extract.ExtractionException;
import org.diplograph.facts.Article;

/**
 * Runs a per-article task (extract + build the graph) on a fixed pool of worker threads, one batch at a time, with
 * a time limit per article. The caller stays the single writer to the store. A task past its limit is reported
 * and cancelled; CoreNLP does not check interrupts everywhere, so its thread may go on in the background. While it
 * does, the pool has one thread more, so an article that never finishes cannot take a worker away for good (and
 * the articles queued behind it do not time out waiting for it).
 */
final class ParallelExtraction<R> implements AutoCloseable {
    /** The result of one article: a value, or the one-line reason it failed. */
    record Outcome<R>(Article article, R value, String error) {
    }

    private static final int QUEUED = 0, RUNNING = 1, DONE = 2, ABANDONED = 3;

    private final ThreadPoolExecutor pool;
    private final int threads;
    private final Function<Article, R> task;
    private final long timeoutMillis;
    /** Abandoned tasks still running; each has an extra thread in the pool. */
    private final AtomicInteger abandoned = new AtomicInteger();

    ParallelExtraction(int threads, long timeoutMillis, Function<Article, R> task) {
        AtomicInteger n = new AtomicInteger();
        this.threads = Math.max(1, threads);
        this.pool = new ThreadPoolExecutor(this.threads, this.threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "extract-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.task = task;
        this.timeoutMillis = timeoutMillis;
    }

    /** Extraction of one batch, started and not yet collected. */
    final class Batch {
        private final List<Article> articles;
        private final List<Future<R>> futures;
        private final List<AtomicInteger> states;

        private Batch(List<Article> articles) {
            this.articles = List.copyOf(articles);
            this.futures = new ArrayList<>(articles.size());
            this.states = new ArrayList<>(articles.size());
            for (Article a : this.articles) {
                AtomicInteger state = new AtomicInteger(QUEUED);
                states.add(state);
                futures.add(pool.submit(() -> apply(a, state)));
            }
        }

        /** Waits for the batch; outcomes in the order of its articles, each also given to {@code onEach} as it comes. */
        List<Outcome<R>> outcomes(Consumer<Outcome<R>> onEach) {
            List<Outcome<R>> outcomes = new ArrayList<>(articles.size());
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                Future<R> future = futures.get(i);
                try {
                    // Waiting in order, each article gets its limit counted from when the one before it finished.
                    outcomes.add(new Outcome<>(article, future.get(timeoutMillis, TimeUnit.MILLISECONDS), null));
                } catch (TimeoutException e) {
                    future.cancel(true);
                    if (states.get(i).compareAndSet(RUNNING, ABANDONED)) {
                        abandoned.incrementAndGet();
                        resize();
                    }
                    outcomes.add(new Outcome<>(article, null, "extraction took longer than "
                            + timeoutMillis / 1000 + " s and was abandoned"));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(article, null, describe(e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                onEach.accept(outcomes.get(i));
            }
            return outcomes;
        }
    }

    /**
     * Starts extracting {@code articles} and returns at once, so that the caller can write the previous batch
     * while the workers go on with this one.
     */
    Batch submit(List<Article> articles) {
        return new Batch(articles);
    }

    private R apply(Article article, AtomicInteger state) {
        if (!state.compareAndSet(QUEUED, RUNNING))
            return null;
        try {
            return task.apply(article);
        } finally {
            if (!state.compareAndSet(RUNNING, DONE)) {
                abandoned.decrementAndGet();
                resize();
            }
        }
    }

    private synchronized void resize() {
        int size = threads + abandoned.get();
        if (size > pool.getMaximumPoolSize()) {
            pool.setMaximumPoolSize(size);
            pool.setCorePoolSize(size);
        } else {
            pool.setCorePoolSize(size);
            pool.setMaximumPoolSize(size);
        }
    }

    /** ExtractionException carries a message for people; anything else is a bug, named by its class. */
    private static String describe(Throwable cause) {
        if (cause instanceof ExtractionException)
            return cause.getMessage();
        return "extraction failed: " + cause;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
