package io.github.corsstarter.runtime;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * One lookup's hold on a running permit and on the thread that runs it: the permit is
 * given back once, when the resolver returns or when the lookup is cancelled, and a
 * cancelled lookup's thread is interrupted only while it still runs this lookup.
 */
final class RunningLookup {

	private final Semaphore permits;

	private final AtomicBoolean held = new AtomicBoolean(true);

	private @Nullable Thread thread;

	RunningLookup(Semaphore permits) {
		this.permits = permits;
	}

	synchronized void begin() {
		this.thread = Thread.currentThread();
	}

	void end() {
		synchronized (this) {
			this.thread = null;
		}
		// An interrupt meant for this lookup must not reach the thread's next task.
		Thread.interrupted();
		release();
	}

	void cancel() {
		synchronized (this) {
			if (this.thread != null) {
				this.thread.interrupt();
			}
		}
		release();
	}

	private void release() {
		if (this.held.compareAndSet(true, false)) {
			this.permits.release();
		}
	}

}
