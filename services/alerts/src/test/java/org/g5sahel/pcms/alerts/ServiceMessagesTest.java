package org.g5sahel.pcms.alerts;

import org.g5sahel.pcms.commons.testing.MessageBundles;
import org.junit.jupiter.api.Test;

class ServiceMessagesTest {

    @Test
    void everyMessageIsInEveryLanguage() {
        MessageBundles.assertTranslated("messages.service");
    }
}
