#!/usr/bin/env bash
# Runs a single-node Apache Kafka broker in KRaft mode (broker + controller in one process) in the
# foreground, from the jars that `mvn generate-resources` copied to target/libs.
#
#   run-broker.sh <data-dir> <port> <controller-port> [label]
#
# The data dir holds server.properties, the log4j2 config, the KRaft metadata and the topic logs; it is
# formatted on first start. `exec` keeps the broker's pid equal to this script's, so callers (make up,
# the test resources) can stop it by pid. `label` tags the JVM command line (-Djustice.kafka=<label>) so
# leftovers can be found.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data_dir="$1"; port="$2"; controller_port="$3"; label="${4:-dev}"
libs="$here/target/libs"
if ! ls "$libs"/kafka_2.13-*.jar >/dev/null 2>&1; then
  echo "Kafka broker jars missing in $libs: run './mvnw -pl dev/kafka-broker generate-resources' in the repository first" >&2
  exit 2
fi
mkdir -p "$data_dir/logs" "$data_dir/kraft"
data_dir="$(cd "$data_dir" && pwd)"

cat > "$data_dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:${controller_port}
listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controller_port}
advertised.listeners=PLAINTEXT://127.0.0.1:${port}
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=${data_dir}/kraft
num.partitions=3
default.replication.factor=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
log.retention.hours=-1
PROPS

cat > "$data_dir/log4j2.properties" <<PROPS
status = warn
appender.file.type = File
appender.file.name = file
appender.file.fileName = ${data_dir}/logs/server.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.file.ref = file
logger.kafka.name = kafka
logger.kafka.level = INFO
logger.state.name = state.change.logger
logger.state.level = WARN
PROPS

java_opts=(-Xms128m -Xmx${KAFKA_HEAP:-512m} -XX:+UseG1GC
  "-Dlog4j2.configurationFile=$data_dir/log4j2.properties"
  "-Djustice.kafka=$label" -cp "$libs/*")

if [ ! -f "$data_dir/kraft/meta.properties" ]; then
  cluster_id="$(java "${java_opts[@]}" kafka.tools.StorageTool random-uuid)"
  java "${java_opts[@]}" kafka.tools.StorageTool format -t "$cluster_id" \
    -c "$data_dir/server.properties" >"$data_dir/logs/format.log" 2>&1
fi
exec java "${java_opts[@]}" kafka.Kafka "$data_dir/server.properties"
