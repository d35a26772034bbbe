#!/bin/sh
# Class data sharing for a faster start (docs/operations.md, "Faster start: class data sharing").
# Usage: tools/cds/prepare.sh case-coordination.jar DESTINATION
# Extracts the jar into DESTINATION (the jar and lib/), runs the application once to list the classes it loads
# while starting, and writes DESTINATION/application.jsa. Then run it with
#   java -XX:SharedArchiveFile=DESTINATION/application.jsa -jar DESTINATION/case-coordination.jar
# with the same java that prepared it. Prepare again after every new jar or java update.
set -eu
JAR=$1
mkdir -p "$2"
# absolute: the archive records the class path as written, and a start from another directory must find it
DEST=$(cd "$2" && pwd)
JAVA=${JAVA:-java}
NAME=$(basename "$JAR")

# Spring Boot's layout for CDS: the application's jar beside lib/ with its libraries
"$JAVA" -Djarmode=tools -jar "$JAR" extract --force --destination "$DEST"

# The training start: a throwaway in-memory database, a free port of its own; the application starts as usual
# (start-up runners, the repositories' deferred initialisation), serves what a first user asks for (the API, the
# login page, a login, My tasks: system/operations/ClassDataSharingTraining) and exits, so the archive also holds
# the classes of the start-up work and the first pages. The job executor stays off: nothing runs on its own.
TRAINING=$(mktemp -d)
# (at most 15 minutes: a start that never becomes ready fails the preparation instead of hanging it)
(cd "$TRAINING" && timeout 900 "$JAVA" -XX:DumpLoadedClassList="$DEST/application.classlist" \
    -jar "$DEST/$NAME" --case-coordination.cds-training=true --server.port=0 \
    --spring.datasource.url=jdbc:h2:mem:cds-training --camunda.bpm.job-execution.enabled=false \
    > "$DEST/training.log" 2>&1) \
  || { echo "The training start failed: see $DEST/training.log" >&2; rm -rf "$TRAINING"; exit 1; }
rm -rf "$TRAINING"

# Lambda classes stay out of the archive: with them OpenJDK 17's dump crashes on this application
# (SIGSEGV in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary, also with -XX:ArchiveClassesAtExit).
grep -v '^@lambda-proxy' "$DEST/application.classlist" > "$DEST/application.classes"
"$JAVA" -Xshare:dump -XX:SharedClassListFile="$DEST/application.classes" \
    -XX:SharedArchiveFile="$DEST/application.jsa" -cp "$DEST/$NAME" > "$DEST/dump.log" 2>&1 \
  || { echo "Writing the archive failed: see $DEST/dump.log" >&2; exit 1; }
echo "Run: $JAVA -XX:SharedArchiveFile=$DEST/application.jsa -jar $DEST/$NAME"
