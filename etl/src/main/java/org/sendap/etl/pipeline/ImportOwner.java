package org.sendap.etl.pipeline;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The process that runs an import, as the import records it, so that another process sharing the
 * warehouse can tell an import whose process has died from one that is still running.
 *
 * @param host the host name and, where the system shows it, the process-id namespace: containers that
 * share a host name but not their process ids count as different hosts; empty when it is unknown
 * @param pid the process id
 */
public record ImportOwner(String host, long pid) {

	private static final ImportOwner THIS_PROCESS = new ImportOwner(thisHost(), ProcessHandle.current().pid());

	public ImportOwner {
		host = host == null ? "" : host;
	}

	public static ImportOwner thisProcess() {
		return THIS_PROCESS;
	}

	/**
	 * True only when the owner is provably gone: it ran where this process runs, and no live process
	 * has its id any more. An owner on another host (or an unknown one) is never taken for gone here:
	 * only its heartbeat tells. A live process that has taken over a dead owner's id keeps its imports
	 * safe until their heartbeat goes stale.
	 */
	public boolean isGone() {
		return !this.host.isEmpty() && this.host.equals(THIS_PROCESS.host)
				&& !ProcessHandle.of(this.pid).map(ProcessHandle::isAlive).orElse(false);
	}

	/** Empty without a host name: the namespace alone does not tell machines apart (the first is the same on all). */
	private static String thisHost() {
		String name = hostName();
		return name.isEmpty() ? "" : (name + " " + processIdNamespace()).trim();
	}

	/** The kernel's host name where it can be read without a DNS lookup (Linux), else Java's. */
	private static String hostName() {
		try {
			return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
		}
		catch (IOException | RuntimeException ex) {
			try {
				return InetAddress.getLocalHost().getHostName();
			}
			catch (UnknownHostException unknown) {
				return "";
			}
		}
	}

	/** On Linux, e.g. {@code pid:[4026531836]}; empty elsewhere. */
	private static String processIdNamespace() {
		try {
			return Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

}
