package org.baoku.cluster;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.baoku.archive.ImportRanges.Range;

/**
 * The ranges this node's readers hold, and the executions of each run reading on this node. A range is
 * READING while its reader is in it, then READ until its last chunk is committed and it can be finished.
 */
@ApplicationScoped
public class HeldRanges {

    public enum State { READING, READ }

    private final Map<Range, State> ranges = new ConcurrentHashMap<>();
    /** Ranges no reader here holds any more, to be finished or given back once the database takes it. */
    private final Set<Range> toLetGo = ConcurrentHashMap.newKeySet();
    private final Map<Long, Map<Long, Integer>> readersByRun = new ConcurrentHashMap<>();

    public void hold(Range range) {
        ranges.put(range, State.READING);
    }

    public void readThrough(Range range) {
        ranges.replace(range, State.READ);
    }

    public void drop(Range range) {
        ranges.remove(range);
    }

    public void letGoLater(Range range) {
        toLetGo.add(range);
    }

    public void letGone(Range range) {
        toLetGo.remove(range);
    }

    public Set<Range> toLetGo() {
        return Set.copyOf(toLetGo);
    }

    public Map<Range, State> all() {
        return Map.copyOf(ranges);
    }

    public void readerOpened(long run, long execution) {
        readersByRun.computeIfAbsent(run, r -> new ConcurrentHashMap<>()).merge(execution, 1, Integer::sum);
    }

    public void readerClosed(long run, long execution) {
        readersByRun.computeIfPresent(run, (r, readers) -> {
            readers.computeIfPresent(execution, (e, count) -> count > 1 ? count - 1 : null);
            return readers.isEmpty() ? null : readers;
        });
    }

    /** Executions with a reader of the run open on this node. */
    public Set<Long> executionsReading(long run) {
        Map<Long, Integer> readers = readersByRun.get(run);
        return readers == null ? Set.of() : Set.copyOf(readers.keySet());
    }

    public List<Long> runsReading() {
        return List.copyOf(readersByRun.keySet());
    }
}
