# County Justice Platform — the commands of the README's first screen (DESIGN §8).
.PHONY: up down status demo test bench build clean

## Build, make sure PostgreSQL and Kafka run, start the six applications (five services and the gateway), wait until ready, print the URLs.
up:
	@dev/stack.sh up

## Stop exactly what `make up` started.
down:
	@dev/stack.sh down

status:
	@dev/stack.sh status

## Load the deterministic demo data set through the gateway's public APIs (needs `make up`).
demo:
	@dev/demo.sh

## Every test: unit, @QuarkusTest against real PostgreSQL and a real Kafka broker, end-to-end (*IT).
## Starts and stops its own broker(s) and test databases; independent of `make up`.
test:
	@dev/test.sh

## The benchmark harness (never part of `make test`).
bench:
	@dev/bench.sh $(SCENARIO)

build:
	@./mvnw -B -q -DskipTests package

clean:
	@./mvnw -B -q clean
