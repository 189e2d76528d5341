package org.sendap.etl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.sendap.etl.testsupport.ImportOwners;
import org.sendap.warehouse.tables.records.ImportRunRecord;

/**
 * When a RUNNING import counts as interrupted: only when its owner is provably gone.
 */
class InterruptedImportsTests {

	private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 2, 9, 30, 0, 0, ZoneOffset.UTC);

	private static final Duration STALE_AFTER = Duration.ofMinutes(2);

	@Test
	void importOfAnExitedProcessOnThisHostIsInterruptedThoughItsHeartbeatIsFresh() {
		ImportRunRecord run = running(ImportOwner.thisProcess().host(), ImportOwners.exitedProcessId(), NOW);

		assertThat(InterruptedImports.isInterrupted(run, NOW, STALE_AFTER)).isTrue();
	}

	@Test
	void importOfThisProcessWithAFreshHeartbeatIsNotInterrupted() {
		ImportRunRecord run = running(ImportOwner.thisProcess().host(), ImportOwner.thisProcess().pid(), NOW);

		assertThat(InterruptedImports.isInterrupted(run, NOW, STALE_AFTER)).isFalse();
	}

	@Test
	void importOfAnotherHostWithAFreshHeartbeatIsNotInterrupted() {
		// Its process id means nothing here, whether a process of this host has it or not.
		ImportRunRecord run = running(ImportOwners.ANOTHER_HOST, ImportOwners.exitedProcessId(), NOW.minusSeconds(119));

		assertThat(InterruptedImports.isInterrupted(run, NOW, STALE_AFTER)).isFalse();
	}

	@Test
	void importWhoseHeartbeatIsSilentLongerThanTheStalenessIsInterruptedWhereverItRan() {
		ImportRunRecord elsewhere = running(ImportOwners.ANOTHER_HOST, 4242, NOW.minusSeconds(121));
		ImportRunRecord here = running(ImportOwner.thisProcess().host(), ImportOwner.thisProcess().pid(),
				NOW.minusSeconds(121));

		assertThat(InterruptedImports.isInterrupted(elsewhere, NOW, STALE_AFTER)).isTrue();
		assertThat(InterruptedImports.isInterrupted(here, NOW, STALE_AFTER)).isTrue();
	}

	@Test
	void importRecordedBeforeImportsHadOwnersCountsFromItsStart() {
		ImportRunRecord recent = withoutOwner(NOW.minusSeconds(30));
		ImportRunRecord old = withoutOwner(NOW.minusHours(5));

		assertThat(InterruptedImports.isInterrupted(recent, NOW, STALE_AFTER)).isFalse();
		assertThat(InterruptedImports.isInterrupted(old, NOW, STALE_AFTER)).isTrue();
	}

	@Test
	void ownerOnAnUnknownHostIsNeverTakenForGone() {
		assertThat(new ImportOwner("", ImportOwners.exitedProcessId()).isGone()).isFalse();
		assertThat(new ImportOwner(null, ImportOwners.exitedProcessId()).isGone()).isFalse();
	}

	@Test
	void stalenessOfFewerThanThreeHeartbeatsIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImportProperties(Duration.ofSeconds(10), Duration.ofSeconds(20)))
			.withMessageStartingWith("sendap.import.stale-after (PT20S) must be at least three times");
		assertThat(ImportProperties.defaults())
			.isEqualTo(new ImportProperties(Duration.ofSeconds(10), Duration.ofMinutes(2)));
	}

	private static ImportRunRecord running(String host, long pid, OffsetDateTime heartbeat) {
		ImportRunRecord run = withoutOwner(heartbeat.minusHours(1));
		run.setOwnerHost(host);
		run.setOwnerPid(pid);
		run.setHeartbeatAt(heartbeat);
		return run;
	}

	private static ImportRunRecord withoutOwner(OffsetDateTime startedAt) {
		ImportRunRecord run = new ImportRunRecord();
		run.setStatus(ImportHistory.RUNNING);
		run.setStartedAt(startedAt);
		return run;
	}

}
