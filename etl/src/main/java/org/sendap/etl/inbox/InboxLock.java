package org.sendap.etl.inbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.sendap.etl.source.WorkingFolders;

/**
 * Keeps two processes (the dashboard's schedule and a {@code watch} on the command line, say) from
 * importing and moving the same files at once: a pass holds an operating-system lock on a hidden
 * file in the inbox. The file stays after the pass; deleting it could let two processes lock two
 * different files of the same name.
 */
final class InboxLock implements AutoCloseable {

	static final String FILE_NAME = WorkingFolders.INBOX_LOCK_FILE;

	private final FileChannel channel;

	private final FileLock lock;

	private InboxLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** The lock, or empty when another process holds it. */
	static Optional<InboxLock> tryAcquire(Path inbox) throws IOException {
		FileChannel channel = FileChannel.open(inbox.resolve(FILE_NAME), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE);
		try {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return Optional.of(new InboxLock(channel, lock));
			}
		}
		catch (OverlappingFileLockException ex) {
			// held by another inbox processor of this same JVM (two application contexts): the same answer
		}
		catch (IOException ex) {
			channel.close();
			throw ex;
		}
		channel.close();
		return Optional.empty();
	}

	@Override
	public void close() throws IOException {
		try {
			this.lock.release();
		}
		finally {
			this.channel.close();
		}
	}

}
