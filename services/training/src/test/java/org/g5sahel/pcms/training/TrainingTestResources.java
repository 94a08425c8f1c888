package org.g5sahel.pcms.training;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.g5sahel.pcms.commons.testing.PostgresTestResource;
import org.g5sahel.pcms.commons.testing.RabbitTestResource;
import org.g5sahel.pcms.commons.testing.TokenTestResource;

/**
 * The training tests run against the machine's PostgreSQL and RabbitMQ, apart from the local run's, and against a
 * directory answering over real HTTP.
 */
@QuarkusTestResource(
        value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "pcms_training_test"))
@QuarkusTestResource(value = RabbitTestResource.class, initArgs = @ResourceArg(name = "service", value = "training"))
@QuarkusTestResource(TokenTestResource.class)
@QuarkusTestResource(DirectoryTestResource.class)
public class TrainingTestResources {}
