package io.github.jingzhun.examples.cli;

import io.github.jingzhun.household.Household;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Feeds the households of one reading to several analyses, each of which iterates once (as
 * {@code ParameterScenario.compare} and {@code ShockScenario.run} do): with one analysis it runs on the reading
 * itself; with more, each runs on its own thread from a bounded queue, so the input is read once and memory stays
 * constant.
 */
final class Fanout {

    private static final int CAPACITY = 1024;
    private static final Object END = new Object();

    private Fanout() {}

    /**
     * Runs analyses over the households of a source.
     *
     * @param source the households, read once
     * @param analyses what to compute, each from an iterable that may be iterated once
     * @return the results, in the order of the analyses
     * @throws InterruptedException if interrupted while waiting
     */
    static List<Object> run(Iterator<Household> source, List<Function<Iterable<Household>, Object>> analyses)
            throws InterruptedException {
        if (analyses.size() == 1) {
            return List.of(analyses.get(0).apply(() -> source));
        }
        List<Feed> feeds = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            Feed feed = new Feed(analyses.get(i));
            feeds.add(feed);
            Thread thread = new Thread(feed, "jingzhun-analysis-" + i);
            thread.setDaemon(true);
            feed.thread = thread;
            thread.start();
        }
        try {
            while (source.hasNext()) {
                Household h = source.next();
                for (Feed feed : feeds) {
                    feed.queue.put(h);
                }
            }
        } finally {
            for (Feed feed : feeds) {
                feed.queue.put(END);
            }
            for (Feed feed : feeds) {
                Thread thread = feed.thread;
                if (thread != null) {
                    thread.join();
                }
            }
        }
        List<Object> results = new ArrayList<>();
        for (Feed feed : feeds) {
            Throwable failure = feed.failure;
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            results.add(feed.result);
        }
        return results;
    }

    /** One analysis on its own thread, fed through a queue. */
    private static final class Feed implements Runnable, Iterator<Household> {
        final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);
        final Function<Iterable<Household>, Object> analysis;
        @Nullable Thread thread;
        volatile @Nullable Object result;
        volatile @Nullable Throwable failure;
        private @Nullable Object next;
        private boolean ended;

        Feed(Function<Iterable<Household>, Object> analysis) {
            this.analysis = analysis;
        }

        @Override
        public void run() {
            try {
                result = analysis.apply(() -> this);
            } catch (Throwable t) {
                failure = t;
            } finally {
                // Whatever happened, take what is left, so that the reading never waits on this queue.
                while (!ended) {
                    take();
                }
            }
        }

        private void take() {
            try {
                Object o = queue.take();
                if (o == END) {
                    ended = true;
                } else {
                    next = o;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ended = true;
            }
        }

        @Override
        public boolean hasNext() {
            if (next == null && !ended) {
                take();
            }
            return next != null;
        }

        @Override
        public Household next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Household h = (Household) next;
            next = null;
            return h;
        }
    }
}
