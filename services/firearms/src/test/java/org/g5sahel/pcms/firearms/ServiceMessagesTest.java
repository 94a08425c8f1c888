package org.g5sahel.pcms.firearms;

import org.g5sahel.pcms.commons.testing.MessageBundles;
import org.junit.jupiter.api.Test;

class ServiceMessagesTest {

    @Test
    void everyMessageIsInEveryLanguage() {
        MessageBundles.assertTranslated("messages.service");
    }
}
