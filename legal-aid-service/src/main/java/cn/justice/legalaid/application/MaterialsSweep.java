package cn.justice.legalaid.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * 法律援助法 第43条: applications whose requested materials are past their due date are deemed withdrawn (视为撤回),
 * every {@code justice.legal-aid.materials-sweep.every} on the bureau's clock. Safe with several instances: the sweep's
 * transaction takes an advisory lock first ({@link ApplicationService#withdrawOverdueMaterials}), only its holder acts.
 */
@ApplicationScoped
public class MaterialsSweep {
    private static final Logger LOG = Logger.getLogger(MaterialsSweep.class);

    @Inject
    ApplicationService applications;

    @Scheduled(identity = "legal-aid-materials-sweep", every = "${justice.legal-aid.materials-sweep.every}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        int n = applications.withdrawOverdueMaterials();
        if (n > 0) {
            LOG.infof("%d applications deemed withdrawn (法律援助法第43条: materials past their due date)", n);
        }
    }
}
