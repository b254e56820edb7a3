"""The connector contract suites: what every CRM connector (`crm.CrmContract`) and every mail
source (`mail.MailContract`) must do, whatever the vendor. Not collected on their own: each
connector's test module subclasses its kind's suite with a `harness` fixture."""
