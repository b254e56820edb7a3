"""The core of bounce-sync: the stages (worker, watcher, outbox), the planner that holds the
bounce rules, the state store, the ports the connectors implement, and the command line.
ARCHITECTURE.md maps every module and where each rule lives."""
