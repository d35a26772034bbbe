package org.casecoordination.processes.deployment;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.casecoordination.processes.deployment.ProcessDeployments.How;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Redeploys processes/ and forms/ when a file in them changes, so an analyst saving in Camunda Modeler sees the
 * change on the next case. On only where case-coordination.process-watcher=true (the dev profile): production
 * deploys deliberately, from the Processes page. A broken save is logged and nothing is deployed.
 */
@Component
@ConditionalOnProperty(name = "case-coordination.process-watcher", havingValue = "true")
class ProcessFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessFolderWatcher.class);
    /** Modeler writes a file in several steps; wait until the folder has been quiet this long. */
    private static final long QUIET_MILLIS = 500;
    /** Recorded as who deployed: nobody pressed a button. */
    static final String WHO = "file watcher";

    private final ProcessDeployments deployments;
    private volatile WatchService watchService;
    private volatile Thread thread;

    ProcessFolderWatcher(ProcessDeployments deployments) {
        this.deployments = deployments;
    }

    @Override
    public void start() {
        Path root = deployments.folders().folder().orElseThrow(() -> new IllegalStateException(
                "case-coordination.process-watcher needs processes/ and forms/ in a folder: "
                        + deployments.folders().uploadsOff().orElse("")));
        try {
            watchService = FileSystems.getDefault().newWatchService();
            for (String folder : new String[] {"processes", "forms", "documents"}) {
                Path path = root.resolve(folder);
                if (Files.isDirectory(path)) {
                    path.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot watch " + root, e);
        }
        thread = new Thread(this::watch, "process-folder-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for changes to processes/ and forms/", root);
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                drain(key);
                WatchKey more;
                while ((more = watchService.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                redeploy();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void redeploy() {
        try {
            var deployed = deployments.redeploy(WHO, How.FILE_WATCHER);
            if (deployed.isNew()) {
                log.info("File watcher deployed {}", deployed.deployment().getId());
            }
        } catch (ProcessResourcesRejectedException e) {
            log.warn("File watcher: nothing deployed. {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("File watcher: nothing deployed", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (watchService != null) {
                watchService.close();
            }
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && thread.isAlive();
    }
}
