package vn.thidua.award.adapter.in.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.award.AwardTest;
import vn.thidua.award.application.RoundSummary;
import vn.thidua.award.application.RoundView;
import vn.thidua.award.application.round.RoundCommands;
import vn.thidua.award.application.round.RoundQueries;
import vn.thidua.platform.actor.Caller;
import vn.thidua.platform.actor.CurrentCaller;
import vn.thidua.platform.tree.TreeCopy;
import vn.thidua.testsupport.kafka.CloudEventRecords;
import vn.thidua.testsupport.kafka.OrganisationTree;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo rounds: seeded once the tree is there, the decided one with its three awardees, never twice. */
@AwardTest
class DemoRoundsIT {

    @Autowired RoundCommands commands;
    @Autowired RoundQueries rounds;
    @Autowired TreeCopy tree;
    @Autowired Clock clock;

    private List<RoundView> named(String name) throws Exception {
        return CurrentCaller.callAs(Caller.system("test", "demo"), () -> rounds.rounds().stream()
                .filter(r -> name.equals(r.name()) && DemoRounds.COUNCIL.equals(r.councilUnitId())).toList());
    }

    @Test
    void theDecidedRoundHasItsAwardeesAndTheirMoneyAndIsSeededOnce(CloudEventRecords records) throws Exception {
        OrganisationTree.publish(records, unitId -> tree.find(unitId).isPresent());
        await().atMost(Duration.ofSeconds(60)).until(() -> tree.find("W19369").isPresent());
        DemoRounds demo = new DemoRounds(commands, rounds, tree, clock);
        Caller system = Caller.system("award-service", "demo-rounds");
        CurrentCaller.runAs(system, demo::seed);
        CurrentCaller.runAs(system, demo::seed);

        assertThat(named(DemoRounds.DECIDED)).hasSize(1);
        assertThat(named(DemoRounds.OPEN)).isNotEmpty();
        String roundId = named(DemoRounds.DECIDED).get(0).roundId();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            RoundSummary summary = CurrentCaller.callAs(system, () -> rounds.round(roundId));
            assertThat(summary.round().status()).isEqualTo(RoundView.RoundStatus.DECIDED);
            assertThat(summary.approved()).isEqualTo(3);
            // 0,3 × 1.800.000 twice and 0,6 × 1.800.000 (decided 2024-06-20)
            assertThat(summary.approvedTotal()).isEqualTo(540_000 + 540_000 + 1_080_000);
        });
    }
}
