package vn.thidua.reporting.adapter.in.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.stereotype.Component;
import vn.thidua.reporting.application.PositionStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * The projection reads from where <em>it</em> says it is, not from the group's committed offsets: on every
 * assignment each partition is sought to the stored position + 1, or to the beginning when the projection has
 * no position for it (a new or emptied store, which thus rebuilds itself from the topics; they keep every event).
 * <p>
 * The binder calls this for every binding it creates; only {@link ReportingEventsConsumer#BINDING} is handled.
 * The binder forbids {@code resetOffsets} together with such a listener; none is needed.
 */
@Component
public class StoredPositionSeeker implements KafkaBindingRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(StoredPositionSeeker.class);

    private final PositionStore positions;

    public StoredPositionSeeker(PositionStore positions) {
        this.positions = positions;
    }

    @Override
    public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer,
                                     Collection<TopicPartition> partitions, boolean initial) {
        if (!ReportingEventsConsumer.BINDING.equals(bindingName) || partitions.isEmpty()) return;
        List<TopicPartition> fromBeginning = new ArrayList<>();
        for (TopicPartition partition : partitions) {
            OptionalLong last;
            try {
                last = positions.lastApplied(partition.topic(), partition.partition());
            } catch (RuntimeException e) {
                // without the store's answer, replaying is the safe choice: the fold and processed ids make it harmless
                log.error("Could not read the stored position of {}; reading it from the beginning", partition, e);
                last = OptionalLong.empty();
            }
            if (last.isPresent()) {
                consumer.seek(partition, last.getAsLong() + 1);
            } else {
                fromBeginning.add(partition);
            }
        }
        if (!fromBeginning.isEmpty()) consumer.seekToBeginning(fromBeginning);
        log.info("Assigned {} (initial: {}); from the beginning: {}", partitions, initial, fromBeginning);
    }
}
