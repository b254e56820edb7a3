"""SalesforceConnector (connectors/salesforce/) against the fake Salesforce: harness.py builds it,
conftest.py holds the shared fixtures."""
