"""One module per rule, named after the rule id; easyread.checker.registry finds them all."""
