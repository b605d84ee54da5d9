package vn.thidua.platform.tree;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.contracts.Actor;
import vn.thidua.contracts.ModelRecognized;
import vn.thidua.contracts.UnitClosed;
import vn.thidua.contracts.UnitReclassified;
import vn.thidua.contracts.UnitMoved;
import vn.thidua.contracts.UnitOpened;
import vn.thidua.contracts.UnitRenamed;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The tree copy on an in-process MongoDB stand-in (no Spring, no shared infrastructure). */
class TreeCopyTest {

    private static MongoServer server;
    private static MongoClient client;
    private TreeCopy tree;
    private TreeJurisdiction jurisdiction;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        tree = new TreeCopy(client.getDatabase("tree_" + UUID.randomUUID().toString().replace("-", "")));
        jurisdiction = new TreeJurisdiction(tree);
    }

    private static final Actor ACTOR = new Actor("ban-dan-van", "45");

    private static UnitOpened opened(String unitId, String parentId, String kind, String name) {
        return new UnitOpened(unitId, parentId, kind, kind, name, name, List.of(), LocalDate.of(2008, 1, 1), ACTOR,
                Instant.now());
    }

    private void openVinhLinh() {
        tree.apply(opened("45", null, "province", "Quảng Trị"));
        tree.apply(opened("D464", "45", "district", "Vĩnh Linh"));
        tree.apply(opened("D465", "45", "district", "Gio Linh"));
        tree.apply(opened("W19363", "D464", "commune", "Hồ Xá"));
    }

    @Test
    void openedUnitsFormTheTree() {
        openVinhLinh();
        assertThat(tree.find("W19363")).contains(new UnitNode("W19363", "D464", "commune", "Hồ Xá", false));
        assertThat(tree.children("45")).extracting(UnitNode::unitId).containsExactlyInAnyOrder("D464", "D465");
        assertThat(jurisdiction.covers("45", "W19363")).isTrue();
        assertThat(jurisdiction.covers("D465", "W19363")).isFalse();
        assertThat(tree.find("W00000")).isEmpty();
    }

    @Test
    void aMoveUpdatesTheParentAndARedeliveredOpeningDoesNotUndoIt() {
        openVinhLinh();
        UnitMoved moved = new UnitMoved("W19363", "D464", "D465", ACTOR, Instant.now());
        tree.apply(moved);
        tree.apply(moved);
        tree.apply(opened("W19363", "D464", "commune", "Hồ Xá"));
        assertThat(tree.find("W19363").orElseThrow().parentId()).isEqualTo("D465");
        assertThat(jurisdiction.covers("D465", "W19363")).isTrue();
        assertThat(jurisdiction.covers("D464", "W19363")).isFalse();
    }

    @Test
    void redeliveryChangesNothing() {
        openVinhLinh();
        UnitRenamed renamed = new UnitRenamed("W19363", "Thị trấn Hồ Xá", "Thị trấn Hồ Xá", ACTOR, Instant.now());
        UnitClosed closed = new UnitClosed("W19363", LocalDate.of(2025, 7, 1), "W19364", ACTOR, Instant.now());
        for (int i = 0; i < 2; i++) {
            tree.apply(renamed);
            tree.apply(closed);
            openVinhLinh();
        }
        assertThat(tree.size()).isEqualTo(4);
        assertThat(tree.find("W19363")).contains(new UnitNode("W19363", "D464", "commune", "Thị trấn Hồ Xá", true));
        assertThat(jurisdiction.covers("D464", "W19363")).as("a closed unit stays in its place").isTrue();
    }

    @Test
    void aReclassificationChangesTheKindAndARedeliveredOpeningDoesNotUndoIt() {
        openVinhLinh();
        assertThat(tree.apply(new UnitReclassified("W19363", "phường", "commune", List.of("đô thị"), ACTOR,
                Instant.now()))).isTrue();
        openVinhLinh();
        assertThat(tree.find("W19363").orElseThrow().kind()).isEqualTo("phường");
    }

    @Test
    void otherEventsAreLeftAlone() {
        boolean applied = tree.apply(new ModelRecognized("case-1", "model-1", "campaign", "W19363", "D464", ACTOR,
                Instant.now()));
        assertThat(applied).isFalse();
        assertThat(tree.size()).isZero();
    }
}
