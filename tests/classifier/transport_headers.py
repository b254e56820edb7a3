"""Text that tests/classifier/transport.py puts on a bounce: the trace headers Gmail and
Microsoft 365 write when they deliver it to our user, a person's forward of it, and a
gateway's banner and footer.

Made up in the layout those services write (host names, ids and keys are examples); `{to}` is
our user's address, `{subject}` the bounce's Subject.
"""

GMAIL_TRACE = """Delivered-To: {to}
Received: by 2002:a05:6a10:8c0e:b0:5e1:2f3a:1b2c with SMTP id x14csp1234567pxb;
        Tue, 3 Mar 2026 01:02:04 -0800 (PST)
X-Google-Smtp-Source: AGHT+IFq0uZ3mYbq1Dk7Hc0+Qm2YV8sJxkq9xQ2n0pA1tJrVh7vC3oNwXy==
X-Received: by 2002:a17:906:4fd1:b0:a3e:8c21:4b2f with SMTP id s17mr9876543ejv.12.1772528524;
        Tue, 03 Mar 2026 01:02:04 -0800 (PST)
ARC-Seal: i=1; a=rsa-sha256; t=1772528524; cv=none;
        d=google.com; s=arc-20240605;
        b=Xq2kYw9GvL0vK7nX3mE5bZc1dQe8uR4tP6sH2jF0aW9yN3xC7oB5mD1kL8iU4gT6rS2p
ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;
        h=subject:to:from:date:message-id:mime-version;
        bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;
        fh=nJm2o0e6rZQe5aN8vY1bF3kS7dH9cL2xW4tP0gU6iO8=;
        b=Lk3jH8gF2dS9aP0oI7uY6tR5eW4qZ1xC3vB9nM8mK7jH6gF5dS4aP3oI2uY1tR0eW9q
ARC-Authentication-Results: i=1; mx.google.com;
       spf=pass (google.com: best guess record for domain of mx.example.net designates 192.0.2.10 as
       permitted sender) smtp.helo=mx.example.net
Return-Path: <>
Received: from mx.example.net (mx.example.net. [192.0.2.10])
        by mx.google.com with ESMTPS id a1si1234567ejb.12.2026.03.03.01.02.04
        for <{to}>
        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);
        Tue, 03 Mar 2026 01:02:04 -0800 (PST)
Received-SPF: pass (google.com: best guess record for domain of mx.example.net designates 192.0.2.10 as
       permitted sender) client-ip=192.0.2.10;
Authentication-Results: mx.google.com;
       spf=pass (google.com: best guess record for domain of mx.example.net designates 192.0.2.10 as
       permitted sender) smtp.helo=mx.example.net
"""

M365_TRACE = """Received: from DM6PR11MB4321.namprd11.prod.outlook.com (2603:10b6:5:1c4::12) by
 SN7PR11MB6543.namprd11.prod.outlook.com with HTTPS; Tue, 3 Mar 2026 09:02:05 +0000
Received: from BN9PR03CA0123.namprd03.prod.outlook.com (2603:10b6:408:fe::8) by
 DM6PR11MB4321.namprd11.prod.outlook.com (2603:10b6:5:1c4::12) with Microsoft SMTP
 Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8207.20; Tue, 3 Mar 2026 09:02:04 +0000
Authentication-Results: spf=none (sender IP is 192.0.2.10)
 smtp.helo=mx.example.net; dkim=none (message not signed)
 header.d=none;dmarc=none action=none header.from=;compauth=pass reason=130
Received-SPF: None (protection.outlook.com: mx.example.net does not designate
 permitted sender hosts)
X-MS-Exchange-Organization-ExpirationStartTime: 03 Mar 2026 09:02:04.1234
 (UTC)
X-MS-Exchange-Organization-Network-Message-Id: 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
X-MS-Exchange-Organization-AuthSource: BN9PR03CA0123.namprd03.prod.outlook.com
X-MS-Exchange-Organization-AuthAs: Anonymous
X-MS-Exchange-Organization-SCL: 1
X-MS-Exchange-Transport-EndToEndLatency: 00:00:01.2345678
X-MS-Office365-Filtering-Correlation-Id: 6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b
X-Microsoft-Antispam: BCL:0;ARA:13230040|82310400026|69100299015;
X-Forefront-Antispam-Report: CIP:192.0.2.10;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;
 H:mx.example.net;PTR:mx.example.net;CAT:NONE;SFS:(13230040);DIR:INB;
X-MS-Exchange-CrossTenant-OriginalArrivalTime: 03 Mar 2026 09:02:04.1234 (UTC)
X-MS-Exchange-CrossTenant-Id: 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
X-MS-Exchange-CrossTenant-AuthSource: BN9PR03CA0123.namprd03.prod.outlook.com
X-MS-Exchange-CrossTenant-FromEntityHeader: Internet
X-MS-Exchange-Transport-CrossTenantHeadersStamped: DM6PR11MB4321
X-MS-Has-Attach: yes
X-MS-TNEF-Correlator:
"""

FORWARD_HEAD = """From: Pat Seller <pat.seller@ourco.example>
To: crm-bounces@ourco.example
Subject: Fwd: {subject}
Date: Tue, 3 Mar 2026 10:15:00 +0100
Message-ID: <fwd-4711@ourco.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="fwd-boundary-0123456789"

--fwd-boundary-0123456789
Content-Type: text/plain; charset=utf-8

FYI - this one bounced, please fix the contact.

Pat
--fwd-boundary-0123456789
Content-Type: message/rfc822
Content-Disposition: attachment; filename="bounce.eml"

"""

BANNER = ("CAUTION: This email originated from outside of the organization. Do not click links or open\n"
          "attachments unless you recognize the sender and know the content is safe.")
DISCLAIMER = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely\n"
              "for the use of the individual or entity to whom they are addressed. If you have received\n"
              "this e-mail in error, please notify the sender immediately and delete it from your system.")
