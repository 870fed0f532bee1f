package org.communityjourneys.shared.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work a node does again and again while it runs (send the mail that is due, resubmit stale event
 * publications): on its own daemon thread, a fixed pause between rounds, started with the
 * application and stopped before it closes. A round that fails is logged and the next one tries
 * again.
 */
public abstract class RepeatingWork implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RepeatingWork.class);

    private final String name;
    private final Duration pause;
    private ScheduledExecutorService worker;

    protected RepeatingWork(String name, Duration pause) {
        this.name = name;
        this.pause = pause;
    }

    /** One round of the work. */
    protected abstract void round();

    @Override
    public synchronized void start() {
        worker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        worker.scheduleWithFixedDelay(() -> {
            try {
                round();
            } catch (RuntimeException e) {
                log.warn("{}: this round failed, the next one tries again: {}", name, e.getMessage());
            }
        }, pause.toMillis(), pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null;
    }
}
