package com.backorderdesk.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DueSendingTest {

    /** Sends 1, 2, 3 in turn; those in {@code silentAt} find the other side silent, 2 fails on its own. */
    private static final class Recorded extends DueSending {
        final List<Long> tried = new ArrayList<>();
        final Set<Long> silentAt;

        Recorded(Set<Long> silentAt) {
            this.silentAt = silentAt;
        }

        @Override
        protected List<Long> due() {
            return List.of(1L, 2L, 3L);
        }

        @Override
        protected boolean send(long id) {
            tried.add(id);
            if (id == 2 && !silentAt.contains(id)) {
                throw new IllegalStateException("its row is locked by another server");
            }
            return !silentAt.contains(id);
        }
    }

    @Test
    void aRoundTriesEveryDueOneWhateverEachComesTo() {
        Recorded sender = new Recorded(Set.of());
        sender.sendDue();
        assertEquals(List.of(1L, 2L, 3L), sender.tried, "one that fails on its own stops no other");
    }

    @Test
    void aRoundEndsWhenTheOtherSideDoesNotAnswerInTime() {
        Recorded sender = new Recorded(Set.of(1L));
        sender.sendDue();
        assertEquals(List.of(1L), sender.tried, "the rest waits for the next round instead of each waiting out a timeout");
    }
}
