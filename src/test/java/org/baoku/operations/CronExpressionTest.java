package org.baoku.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CronExpressionTest {

    @Test
    void readsTheFiveFieldsOperatorsWrite() {
        CronExpression cron = CronExpression.parse("  30 2 * * 1-5 ");

        assertEquals("30", cron.minute());
        assertEquals("2", cron.hour());
        assertEquals("*", cron.dayOfMonth());
        assertEquals("*", cron.month());
        assertEquals("1-5", cron.dayOfWeek());
        assertEquals("0", cron.second());
        assertEquals("30 2 * * 1-5", cron.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 2 * * *", "*/5 * * * *", "0 0,12 1,15 * 0", "0 2 * 1-12/2 7", "59 23 31 12 6", "*/5 * * * * *"})
    void acceptsNumbersListsRangesAndSteps(String expression) {
        assertEquals(expression, CronExpression.parse(expression).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0 2 * *", "0 2 * * * * *", "60 0 2 * * *", "60 2 * * *", "0 24 * * *", "0 2 0 * *", "0 2 * 13 *",
            "0 2 * * 8", "*/0 * * * *", "0 2 ? * *", "0 two * * *"})
    void refusesWhatIsNotAFiveFieldCronExpression(String expression) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CronExpression.parse(expression));
        assertTrue(error.getMessage().contains("cron"), error.getMessage());
    }
}
