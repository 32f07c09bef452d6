// Generated from the gateway by `npm run api:generate` (openapi-typescript). Do not edit.

export interface paths {
    "/api/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Announcements, newest first, with read counts */
        get: operations["announcementsList"];
        put?: never;
        /** Write an announcement to everyone, sections or statuses */
        post: operations["announcementsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/announcements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An announcement with its read receipts */
        get: operations["announcementsGet"];
        put?: never;
        post?: never;
        /** Delete a draft */
        delete: operations["announcementsRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/announcements/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive: gone from inboxes, receipts kept */
        post: operations["announcementsArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/announcements/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a draft: it reaches its members (urgent: email and SMS too) */
        post: operations["announcementsPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys (never the keys themselves) */
        get: operations["apiKeysList"];
        put?: never;
        /** Create an API key: shown once */
        post: operations["apiKeysCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key at once */
        delete: operations["apiKeysRevoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attendance/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attendance per member and per section over a period */
        get: operations["attendanceStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attendance/stats.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The members’ attendance over a period, as CSV */
        get: operations["attendanceCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Changes to the ensemble's data, newest first, with who made them */
        get: operations["auditTrailList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/tables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tables that have changes, for the filter */
        get: operations["auditTrailTables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/impersonation/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a superadmin's impersonation (recorded in the audit log) */
        post: operations["tenantAuthEndImpersonation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password from an invitation link and sign in */
        post: operations["tenantAuthAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in (API clients): an access token and a refresh token */
        post: operations["tenantAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token (in the body) */
        post: operations["tenantAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the bearer is, and what they may do here now */
        get: operations["tenantAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a one-time link to choose a new password (never says if the email is known) */
        post: operations["tenantAuthRequestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the emailed link, and sign in */
        post: operations["tenantAuthConfirmReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade a refresh token (in the body) for a new pair */
        post: operations["tenantAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in (browser): the refresh token goes into an httpOnly cookie */
        post: operations["tenantAuthSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (browser): revoke the session and clear its cookie */
        post: operations["tenantAuthSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new access token from the session cookie (same Origin only) */
        post: operations["tenantAuthRefreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan, its limits and use, and where payments stand */
        get: operations["billingShow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start Stripe Checkout for a plan; send the browser to the url */
        post: operations["billingCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open Stripe's billing portal: card, invoices, plan, cancellation */
        post: operations["billingPortal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/branding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ensemble's colours, logo and browser icon */
        get: operations["brandingShow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/branding/colours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set colours (refused when too faint where they are used) */
        put: operations["brandingColours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/branding/favicon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload the browser icon (PNG or ICO, at most 100 KB; "file") */
        post: operations["brandingFavicon"];
        /** Remove the browser icon */
        delete: operations["brandingRemoveFavicon"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/branding/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload the logo (PNG, JPEG or WebP, at most 512 KB; "file") */
        post: operations["brandingLogo"];
        /** Remove the logo */
        delete: operations["brandingRemoveLogo"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/communications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The communication log, newest first, filtered */
        get: operations["messagingList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs in progress, needs whose list ran out, the latest answers */
        get: operations["dashboardGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ensemble's custom domain and the record that verifies it */
        get: operations["customDomainsShow"];
        /** Name a custom domain (it serves only once verified) */
        put: operations["customDomainsSet"];
        post?: never;
        /** Remove the custom domain: it stops serving at once */
        delete: operations["customDomainsRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/domain/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Look up the TXT record now; verified when it holds the token */
        post: operations["customDomainsVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/email-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Message templates per type and language, and the variables they may use */
        get: operations["templatesList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/email-templates/{type}/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save a template */
        put: operations["templatesSave"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/email-templates/{type}/{language}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render a template with sample values */
        post: operations["templatesPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events by start time, filtered by period, type, status, project */
        get: operations["eventsList"];
        put?: never;
        /** Create an event (draft unless published) */
        post: operations["eventsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event with its programme, notes and places */
        get: operations["eventsGet"];
        put?: never;
        post?: never;
        /** Delete a draft (a published event is cancelled instead) */
        delete: operations["eventsRemove"];
        options?: never;
        head?: never;
        /** Change an event; publish or cancel it through status */
        patch: operations["eventsUpdate"];
        trace?: never;
    };
    "/api/events/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event's roster: expected members and their marks */
        get: operations["attendanceRoster"];
        /** Mark attendance for many members at once */
        put: operations["attendanceMark"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note for everyone or for one section */
        post: operations["eventsNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/programme": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a concert's programme (in playing order) */
        put: operations["eventsProgramme"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event's waitlist and its history, in the order people joined */
        get: operations["eventsWaitlist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/waitlist/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take someone off the waitlist; a freed place goes to the next */
        delete: operations["eventsRemoveEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a weekly series (rehearsals), with dates left out */
        post: operations["eventsSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Instruments with their positions */
        get: operations["instrumentsList"];
        put?: never;
        /** Add an instrument */
        post: operations["instrumentsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instruments/{id}/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a position to an instrument */
        post: operations["instrumentsAddPosition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/library/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a part to members for an event that plays the piece */
        post: operations["libraryAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/library/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take an assignment back */
        delete: operations["libraryUnassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/library/events/{eventId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An event's assigned parts */
        get: operations["libraryAssignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/library/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a file (its bytes too) */
        delete: operations["libraryDeleteFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/library/files/{fileId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A short-lived download link for a file */
        post: operations["libraryLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/library/parts/{partId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a part (its assignments go with it) */
        delete: operations["libraryDeletePart"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/library/pieces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pieces by title, or the best matches of a search (q) */
        get: operations["libraryList"];
        put?: never;
        /** Add a piece (composer, arranger, publisher by name) */
        post: operations["libraryCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/library/pieces/{pieceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A piece with its files and parts */
        get: operations["libraryGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a piece (null clears a field); archive it */
        patch: operations["libraryUpdate"];
        trace?: never;
    };
    "/api/library/pieces/{pieceId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a score, part, recording or licence (multipart "file") */
        post: operations["libraryUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/library/pieces/{pieceId}/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an instrument's part to a piece */
        post: operations["libraryAddPart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/musicians": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Musicians, searched and filtered, one page */
        get: operations["musiciansList"];
        put?: never;
        /** Add a musician (phone in national or international format) */
        post: operations["musiciansCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/musicians/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One musician */
        get: operations["musiciansGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a musician */
        patch: operations["musiciansUpdate"];
        trace?: never;
    };
    "/api/musicians/{id}/anonymise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anonymise a person: identity gone, statistics kept (cannot be undone) */
        post: operations["privacyAnonymise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/musicians/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a musician (kept, never asked) */
        post: operations["musiciansArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/musicians/{id}/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret calendar feed for a member (the old one stops) */
        post: operations["calendarIssue"];
        /** Revoke a member's calendar feed */
        delete: operations["calendarRevoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/musicians/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything about one person, as one JSON file */
        get: operations["privacyExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/musicians/{id}/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The instruments a person plays (one primary) */
        get: operations["musiciansInstrumentsOf"];
        /** Set the instruments a person plays (one primary, others) */
        put: operations["musiciansSetInstruments"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/musicians/{id}/member-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new link to a member's own page (the old one stops) */
        post: operations["memberPagesIssue"];
        /** Revoke a member's own page link */
        delete: operations["memberPagesRevoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/musicians/{id}/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The positions a musician may be asked for */
        get: operations["musiciansQualificationsOf"];
        /** Set the positions a musician may be asked for */
        put: operations["musiciansQualifications"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/musicians/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore an archived musician */
        post: operations["musiciansRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/musicians/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A musician's answers to requests */
        get: operations["musiciansStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/musicians/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import musicians from CSV: all rows or none */
        post: operations["musiciansImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Raise the number of places */
        patch: operations["needsRaise"];
        trace?: never;
    };
    "/api/needs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel: open requests are withdrawn */
        post: operations["needsCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete (confirm when places are still open) */
        post: operations["needsComplete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A need's files */
        get: operations["needsFiles"];
        put?: never;
        /** Attach a file: sent with the request or after accepting */
        post: operations["needsUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause: nobody new is asked; answers still count */
        post: operations["needsPause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who would be asked now, in order, and who is skipped and why */
        get: operations["needsPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused or exhausted need */
        post: operations["needsResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/needs/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start asking musicians */
        post: operations["needsStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pages of the public site */
        get: operations["pagesList"];
        put?: never;
        /** Write a page (a draft; the body is sanitised) */
        post: operations["pagesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pages/{pageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page and its versions */
        get: operations["pagesGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Save a change: a new version */
        patch: operations["pagesUpdate"];
        trace?: never;
    };
    "/api/pages/{pageId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive (off the site, kept) */
        post: operations["pagesArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pages/{pageId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish now, or at publishAt (scheduled) */
        post: operations["pagesPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pages/{pageId}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take off the site, back to a draft */
        post: operations["pagesUnpublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pages/{pageId}/versions/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore a version (saved as the newest) */
        post: operations["pagesRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retention periods and the latest runs */
        get: operations["privacyRetentionShow"];
        /** Change the retention periods */
        put: operations["privacyRetentionSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/retention/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply the retention rules now (they also run daily) */
        post: operations["privacyRetentionRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/waitlist-erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a person's waitlist entries on their request */
        post: operations["privacyEraseWaitlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects, by start date */
        get: operations["projectsList"];
        put?: never;
        /** Create a project (a concert week) */
        post: operations["projectsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project with its needs, counts and each need's timeline */
        get: operations["projectsOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a project (name, dates, schedule, concert, notes) */
        patch: operations["projectsUpdate"];
        trace?: never;
    };
    "/api/projects/{id}/custom-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A ranking list for this project only */
        post: operations["projectsCustomList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/group-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email everyone booked in the project */
        post: operations["groupEmailSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a need: a position, how many, from which list, by which strategy */
        post: operations["projectsAddNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ranking-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ranking lists, with their musicians in order */
        get: operations["rankingsLists"];
        put?: never;
        /** Create a ranking list (A, B or C) for a position */
        post: operations["rankingsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ranking-lists/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a qualified musician on a list (last, or at a rank) */
        post: operations["rankingsAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ranking-lists/{id}/entries/{musicianId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a musician off a list */
        delete: operations["rankingsRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ranking-lists/{id}/entries/{musicianId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a musician to another rank */
        post: operations["rankingsMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an answer taken by phone */
        post: operations["needsAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sections with their members, leaders first */
        get: operations["sectionsList"];
        put?: never;
        /** Add a section */
        post: operations["sectionsCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sections/{id}/members/{musicianId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a member in a section, or change whether they lead it */
        put: operations["sectionsSetMember"];
        post?: never;
        /** Take a member out of a section */
        delete: operations["sectionsRemoveMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/messaging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messaging settings (secrets shown only as set or not set) */
        get: operations["messagingGetSettings"];
        /** Change messaging settings (secrets are write-only) */
        put: operations["messagingUpdate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ensemble's accounts: invited, active and deactivated */
        get: operations["staffList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change someone's role or extra permissions */
        patch: operations["staffChange"];
        trace?: never;
    };
    "/api/staff/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate: sessions end and their API keys are revoked at once */
        post: operations["staffDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a deactivated account */
        post: operations["staffReactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite someone by email (again, to resend an unused invitation) */
        post: operations["staffInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roles and the permissions they are made of */
        get: operations["staffCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Venues, by name */
        get: operations["venuesList"];
        put?: never;
        /** Add a venue (address, coordinates, directions, parking) */
        post: operations["venuesCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest deliveries (100), newest first */
        get: operations["webhooksDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again */
        post: operations["webhooksReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ensemble's webhook endpoints */
        get: operations["webhooksList"];
        put?: never;
        /** Register an endpoint for some events (its secret is shown once) */
        post: operations["webhooksCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an endpoint and its deliveries */
        delete: operations["webhooksRemove"];
        options?: never;
        head?: never;
        /** Turn an endpoint off or on */
        patch: operations["webhooksUpdate"];
        trace?: never;
    };
    "/api/webhooks/endpoints/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret (shown once; the old one stops at once) */
        post: operations["webhooksRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["healthHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform's audit log */
        get: operations["platformAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/auth/impersonation/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a superadmin's impersonation (recorded in the audit log) */
        post: operations["platformAuthEndImpersonation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password from an invitation link and sign in */
        post: operations["platformAuthAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in (API clients): an access token and a refresh token */
        post: operations["platformAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a refresh token (in the body) */
        post: operations["platformAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the bearer is, and what they may do here now */
        get: operations["platformAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a one-time link to choose a new password (never says if the email is known) */
        post: operations["platformAuthRequestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the emailed link, and sign in */
        post: operations["platformAuthConfirmReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade a refresh token (in the body) for a new pair */
        post: operations["platformAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in (browser): the refresh token goes into an httpOnly cookie */
        post: operations["platformAuthSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/auth/session/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (browser): revoke the session and clear its cookie */
        post: operations["platformAuthSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/auth/session/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new access token from the session cookie (same Origin only) */
        post: operations["platformAuthRefreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/backups/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore a backup: switch the ensemble to it, or beside it to inspect */
        post: operations["backupsRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/database-servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database servers ensembles are placed on, with their load */
        get: operations["databaseServersList"];
        put?: never;
        /** Register a server (checked first: it must answer and may create databases) */
        post: operations["databaseServersAdd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/database-servers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Open, drain or close a server; change its capacity or region */
        patch: operations["databaseServersChange"];
        trace?: never;
    };
    "/platform/database-servers/{id}/move-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move every ensemble off a draining server (one move each) */
        post: operations["databaseServersMoveOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/jobs/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a failed job back in its queue */
        post: operations["platformRetryJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/jobs/failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs that used up their retries, newest first, with the error */
        get: operations["platformFailedJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pool and process metrics of this gateway */
        get: operations["platformMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/moves/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed move again from where it can go on */
        post: operations["databaseServersResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/orchestras": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ensembles with status, plan and schema version */
        get: operations["platformList"];
        put?: never;
        /** Provision an ensemble: its database is created in the background */
        post: operations["platformCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/orchestras/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ensemble, with its provisioning progress */
        get: operations["platformGet"];
        put?: never;
        post?: never;
        /** Delete an ensemble (type its subdomain to confirm) */
        delete: operations["platformRemove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/orchestras/{id}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An ensemble's backups, newest first, with size and checksum */
        get: operations["backupsList"];
        put?: never;
        /** Back an ensemble's database up now */
        post: operations["backupsTake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/orchestras/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ensemble's database: reachable, schema version, size */
        get: operations["platformHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/orchestras/{id}/impersonate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Act as the ensemble's admin for a while, with a reason (audited) */
        post: operations["platformImpersonate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/orchestras/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite an ensemble's first admin: the link is shown once */
        post: operations["platformInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/orchestras/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An ensemble's database moves, newest first */
        get: operations["databaseServersListMoves"];
        put?: never;
        /** Move an ensemble's database to another server (runs in a job) */
        post: operations["databaseServersMove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/orchestras/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an ensemble's plan, and its limits if they differ */
        patch: operations["platformChangePlan"];
        trace?: never;
    };
    "/platform/orchestras/{id}/provisioning/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry a failed provisioning from its last step */
        post: operations["platformRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/orchestras/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a suspended ensemble */
        post: operations["platformResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/orchestras/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an ensemble, with a reason */
        post: operations["platformSuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/orchestras/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How much of its plan an ensemble uses */
        get: operations["platformUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign an ensemble up: provisioned now, on a trial or via Checkout */
        post: operations["signupCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/signup/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How far the sign-up has come (provisioning, active) */
        get: operations["signupStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/signup/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a subdomain can be had (format, reserved names, taken) */
        get: operations["signupAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/signup/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plans on offer, the trial, and whether paying now is possible */
        get: operations["signupOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/system-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform's event log: sign-ins, provisioning, suspensions */
        get: operations["platformSystemLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/tenant-migrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Migrate every tenant database to the current schema */
        post: operations["platformMigrateAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/platform/tenant-migrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A migrate-all run with each tenant's outcome */
        get: operations["platformMigrationRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["healthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInvitationDto: {
            password: string;
            token: string;
        };
        AccessCatalogueView: {
            permissions: components["schemas"]["PermissionView"][];
            roles: components["schemas"]["RoleView"][];
        };
        ActorView: {
            id: string;
            /** @enum {string} */
            kind: "user" | "api-key" | "support";
            /** @description The user's name, the key's prefix and description */
            name: string;
        };
        AddRankingDto: {
            /** @description The musician's id */
            musicianId: string;
            /** @description 1-based place; appended when omitted */
            rank?: number;
        };
        AdminAnswerDto: {
            /** @enum {string} */
            answer: "accept" | "decline";
            /** @example Answered by phone */
            message?: string;
        };
        AnnouncementDetailView: {
            announcementId: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            isUrgent: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            read: number;
            receipts: components["schemas"]["ReceiptView"][];
            recipients: number;
            sections: components["schemas"]["SectionRef"][];
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            statuses: ("active" | "inactive" | "leave_of_absence" | "alumni" | "audition" | "pending" | "substitute")[];
            title: string;
        };
        AnnouncementPage: {
            items: components["schemas"]["AnnouncementView"][];
            /** @description Pass as cursor for the next rows */
            nextCursor: string | null;
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        AnnouncementView: {
            announcementId: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            isUrgent: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            read: number;
            recipients: number;
            sections: components["schemas"]["SectionRef"][];
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            statuses: ("active" | "inactive" | "leave_of_absence" | "alumni" | "audition" | "pending" | "substitute")[];
            title: string;
        };
        AnonymisedView: {
            /** Format: date-time */
            anonymisedAt: string;
            musicianId: string;
        };
        AnswerOutcomeView: {
            needStatus?: string;
            /** @enum {string} */
            outcome: "accepted" | "declined" | "full" | "need-closed" | "already-answered" | "expired";
            requestStatus?: string;
        };
        ApiKeyPage: {
            items: components["schemas"]["ApiKeyView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        ApiKeyView: {
            /** Format: date-time */
            createdAt: string;
            createdBy: components["schemas"]["KeyCreatorView"] | null;
            description: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            permissions: ("musicians.read" | "musicians.write" | "instruments.manage" | "rankings.read" | "rankings.write" | "projects.read" | "projects.write" | "needs.start" | "season.read" | "season.write" | "library.read" | "library.write" | "pages.write" | "announcements.send" | "messaging.read" | "messaging.send" | "messaging.settings" | "webhooks.manage" | "api-keys.manage" | "staff.manage" | "privacy.manage" | "audit.read" | "domain.manage" | "branding.manage" | "billing.manage")[];
            /** @description The first characters, to recognise the key */
            prefix: string;
            /** Format: date-time */
            revokedAt: string | null;
        };
        AskedNow: {
            /** Format: date-time */
            deadlineAt: string;
            musician: components["schemas"]["Ref"];
            requestId: string;
        };
        AssignmentList: {
            items: components["schemas"]["AssignmentView"][];
        };
        AssignmentView: {
            /** Format: date-time */
            assignedAt: string;
            assignmentId: number;
            fileId: string | null;
            musician: string;
            musicianId: string;
            part: string;
            partId: string;
            piece: string;
            pieceId: string;
        };
        AssignPartDto: {
            /** @description The event (eventId) whose programme has the piece */
            eventId: string;
            /** @description Members (musicianId) who play it */
            musicianIds: string[];
            /** @description The part (partId) */
            partId: string;
        };
        AttendanceMarkDto: {
            /** @description The member's id */
            musicianId: string;
            reason?: string;
            /** @enum {string} */
            status: "present" | "absent" | "excused" | "late" | "left_early";
        };
        AttendanceStatsView: {
            /** @description Events in the period that were not cancelled */
            events: number;
            from: string;
            members: components["schemas"]["MemberStatsView"][];
            sections: components["schemas"]["SectionStatsView"][];
            to: string;
        };
        AuditEntryView: {
            /** @example orchestra.suspend */
            action: string;
            actorUserId: string | null;
            after: {
                [key: string]: unknown;
            } | null;
            before: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            ip: string | null;
            orchestraId: string | null;
            requestId: string | null;
            targetId: string | null;
            targetType: string;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEventView"][];
            /** @description Pass as cursor for older events */
            nextCursor: string | null;
            pageSize: number;
        };
        AuditEventView: {
            /** @description None: the public or a job */
            actor: components["schemas"]["ActorView"] | null;
            after: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            at: string;
            before: {
                [key: string]: unknown;
            } | null;
            /** @description The fields an update changed */
            changed: string[];
            id: string;
            /** @enum {string} */
            operation: "INSERT" | "UPDATE" | "DELETE";
            recordId: string | null;
            requestId: string | null;
            table: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntryView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        AuditTablesView: {
            tables: string[];
        };
        BackupPage: {
            items: components["schemas"]["BackupView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        BackupView: {
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            keepUntil: string | null;
            /** @enum {string} */
            kind: "manual" | "scheduled" | "final";
            /** Format: uuid */
            orchestraId: string;
            rows: number | null;
            schemaVersion: string | null;
            /** @description SHA-256 of the stored file */
            sha256: string | null;
            sizeBytes: number | null;
            /** @enum {string} */
            status: "running" | "succeeded" | "failed";
            tables: number | null;
        };
        BillingView: {
            currency: string;
            /** @description Suspended after this if unpaid */
            graceEndsAt: string | null;
            limits: components["schemas"]["Limits"];
            pastDueSince: string | null;
            /** @enum {string} */
            plan: "small" | "medium" | "large";
            plans: components["schemas"]["PlanOffer"][];
            /** @enum {string} */
            status: "none" | "trialing" | "active" | "past_due" | "canceled";
            stripeConfigured: boolean;
            /** @description Suspended for billing: paying lifts it */
            suspended: boolean;
            trialEndsAt: string | null;
            usage: components["schemas"]["Usage"];
        };
        BrandingColoursDto: {
            /**
             * @description Behind white text: 4.5:1 at least
             * @example #1E3A8A
             */
            primaryColor?: string;
            /**
             * @description Accents on the light page: 3:1
             * @example #B45309
             */
            secondaryColor?: string;
        };
        BrandingView: {
            faviconUrl: string | null;
            logoUrl: string | null;
            primaryColor: string;
            secondaryColor: string;
        };
        CalendarFeedView: {
            /** @description The secret feed address; shown once, revocable */
            url: string;
        };
        Candidate: {
            musicianId: string;
            name: string;
            rank: number;
        };
        ChangePlanDto: {
            /** @description Overrides the plan's musician limit for this ensemble */
            maxMusicians?: number;
            /** @description Overrides the plan's project limit for this ensemble */
            maxProjects?: number;
            /** @enum {string} */
            plan: "small" | "medium" | "large";
        };
        ChangeStaffDto: {
            extraPermissions?: ("musicians.read" | "musicians.write" | "instruments.manage" | "rankings.read" | "rankings.write" | "projects.read" | "projects.write" | "needs.start" | "season.read" | "season.write" | "library.read" | "library.write" | "pages.write" | "announcements.send" | "messaging.read" | "messaging.send" | "messaging.settings" | "webhooks.manage" | "api-keys.manage" | "staff.manage" | "privacy.manage" | "audit.read" | "domain.manage" | "branding.manage" | "billing.manage")[];
            /** @enum {string} */
            role?: "admin" | "staff" | "librarian" | "section_leader" | "read_only";
        };
        CheckoutDto: {
            /** @enum {string} */
            plan: "small" | "medium" | "large";
        };
        CommunicationPage: {
            items: components["schemas"]["CommunicationView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        CommunicationView: {
            attempts: number;
            /** @description The text as sent (a simulated message holds its answer link) */
            body: string;
            /** @enum {string} */
            channel: "email" | "sms";
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            id: number;
            providerMessageId: string | null;
            recipient: string;
            /** @description The request it belongs to */
            requestId: string | null;
            /** Format: date-time */
            sentAt: string | null;
            /** @enum {string} */
            status: "queued" | "sent" | "delivered" | "failed" | "simulated";
            subject: string | null;
            /** @enum {string} */
            type: "request" | "reminder" | "confirmation" | "position_filled" | "request_withdrawn" | "list_exhausted" | "group_email" | "password_reset" | "staff_invitation" | "waitlist" | "announcement";
            /** Format: date-time */
            updatedAt: string;
        };
        CompleteNeedDto: {
            /**
             * @description Complete the need although places are still open
             * @default false
             */
            confirmUnfilled?: boolean;
        };
        CreateAnnouncementDto: {
            /** @description Plain text */
            body: string;
            /** @description Gone from inboxes after this */
            expiresAt?: string | null;
            /** @description Also sent by email and SMS when published */
            isUrgent?: boolean;
            /** @description Publish at once (default: keep as a draft) */
            publish?: boolean;
            /** @description Members of these sections */
            sectionIds?: number[];
            /** @description People of these membership statuses; no section and no status: active members */
            statuses?: ("active" | "inactive" | "leave_of_absence" | "alumni" | "audition" | "pending" | "substitute")[];
            title: string;
        };
        CreateApiKeyDto: {
            /** @example Website concert calendar */
            description?: string;
            /** @description Omit for a key that never expires */
            expiresInDays?: number;
            /** @example [
             *       "season.read"
             *     ] */
            permissions: ("musicians.read" | "musicians.write" | "instruments.manage" | "rankings.read" | "rankings.write" | "projects.read" | "projects.write" | "needs.start" | "season.read" | "season.write" | "library.read" | "library.write" | "pages.write" | "announcements.send" | "messaging.read" | "messaging.send" | "messaging.settings" | "webhooks.manage" | "api-keys.manage" | "staff.manage" | "privacy.manage" | "audit.read" | "domain.manage" | "branding.manage" | "billing.manage")[];
        };
        CreateCustomListDto: {
            /** @description Musician ids, best first */
            musicianIds: string[];
            /** @example Extra list for the tour */
            name: string;
            positionId: number;
        };
        CreatedApiKeyView: {
            description: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description Shown this once; only its hash is stored */
            key: string;
            permissions: ("musicians.read" | "musicians.write" | "instruments.manage" | "rankings.read" | "rankings.write" | "projects.read" | "projects.write" | "needs.start" | "season.read" | "season.write" | "library.read" | "library.write" | "pages.write" | "announcements.send" | "messaging.read" | "messaging.send" | "messaging.settings" | "webhooks.manage" | "api-keys.manage" | "staff.manage" | "privacy.manage" | "audit.read" | "domain.manage" | "branding.manage" | "billing.manage")[];
            prefix: string;
        };
        CreatedNeedView: {
            id: string;
            quantity: number;
            status: string;
            strategy: string;
        };
        CreateEndpointDto: {
            events: ("request.accepted" | "request.declined" | "need.filled" | "need.exhausted" | "musician.created")[];
            /** @example https://example.org/tutti-hook */
            url: string;
        };
        CreateEventDto: {
            /** @description When the musicians are to be there; not after startsAt */
            callTime?: string;
            /** @description Places for the public; a full event takes a waitlist */
            capacity?: number;
            description?: string;
            dressCode?: string;
            /**
             * @description After startsAt
             * @example 2027-03-08T21:00:00+01:00
             */
            endsAt: string;
            /** @description The substitute engine's project this event belongs to */
            projectId?: string;
            /**
             * @description The public address: lower-case words and digits joined by dashes
             * @example varkonsert-2027
             */
            slug?: string;
            /** @example 2027-03-08T19:00:00+01:00 */
            startsAt: string;
            /**
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "published" | "cancelled";
            /** @example Vårkonsert */
            title: string;
            /** @enum {string} */
            type: "concert" | "rehearsal" | "sectional" | "board_meeting" | "social" | "other";
            venueId?: number;
        };
        CreateInstrumentDto: {
            /** @example Saxofon */
            name: string;
        };
        CreateMusicianDto: {
            email: string;
            firstName: string;
            lastName: string;
            localResidence?: boolean;
            /**
             * @description A member's standing; people asked only for substitute work are `substitute`
             * @enum {string}
             */
            membershipStatus?: "active" | "inactive" | "leave_of_absence" | "alumni" | "audition" | "pending" | "substitute";
            notes?: string;
            /**
             * @description National format of the ensemble's country, or international; stored as E.164
             * @example 070-123 45 67
             */
            phone?: string;
            /** @enum {string} */
            preferredLanguage?: "sv" | "en";
        };
        CreateNeedDto: {
            /** @description A list made for this project only (instead of rankingListId) */
            customRankingListId?: number;
            maxRecipients?: number;
            positionId: number;
            quantity: number;
            rankingListId?: number;
            requireLocalResidence?: boolean;
            /** @default 24 */
            responseTimeHours?: number;
            /** @enum {string} */
            strategy: "sequential" | "parallel" | "first_come";
        };
        CreateNoteDto: {
            body: string;
            /** @description Only this section sees it; everyone when left out */
            sectionId?: number;
        };
        CreateOrchestraDto: {
            /** @description The first tenant admin; defaults to the contact */
            adminEmail?: string;
            adminName?: string;
            contactEmail: string;
            contactName: string;
            /**
             * @description Country of the phone numbers staff type
             * @example SE
             */
            country?: string;
            customerProfile?: components["schemas"]["CustomerProfileInput"];
            /** @enum {string} */
            kind: "orchestra" | "band";
            /**
             * @default sv
             * @enum {string}
             */
            locale?: "sv" | "en";
            /** @example Stadens Symfoniorkester */
            name: string;
            /** @enum {string} */
            plan: "small" | "medium" | "large";
            /**
             * @description Place its database on a server in this region (any open server if absent)
             * @example eu-north
             */
            region?: string;
            /**
             * @description Lower-case letters, digits and hyphens; not a reserved name
             * @example stadens-so
             */
            subdomain: string;
        };
        CreatePageDto: {
            /** @description HTML; sanitised on save (scripts, styles, event handlers removed) */
            body?: string;
            description?: string | null;
            /**
             * @description Unique; from the title when left out
             * @example about-us
             */
            slug?: string;
            /** @example About us */
            title: string;
        };
        CreatePartDto: {
            /** @description The piece's file it is printed from (fileId) */
            fileId?: string | null;
            /** @description The instrument (id) that plays it */
            instrumentId?: number | null;
            isOptional?: boolean;
            /** @example Flute 1 */
            name: string;
            notes?: string | null;
        };
        CreatePieceDto: {
            /** @description Found by name, or added */
            arranger?: string | null;
            /**
             * @description Unique in the library (any case)
             * @example ORK-0042
             */
            catalogNumber?: string | null;
            /**
             * @description Found by name, or added
             * @example Jean Sibelius
             */
            composer?: string | null;
            /** @enum {string|null} */
            difficulty?: "grade_1" | "grade_2" | "grade_3" | "grade_4" | "grade_5" | "grade_6" | null;
            /** @description Playing time in seconds */
            durationSeconds?: number | null;
            genre?: string | null;
            notes?: string | null;
            /** @description Found by name, or added */
            publisher?: string | null;
            subtitle?: string | null;
            tags?: string[];
            /** @example Finlandia */
            title: string;
        };
        CreatePositionDto: {
            /** @description 1 = leader */
            hierarchyLevel?: number;
            /** @example Altsaxofon 1 */
            name: string;
        };
        CreateProjectDto: {
            concertInfo?: string;
            /** @example Vårkonsert: Sibelius 2 */
            name: string;
            notes?: string;
            rehearsalSchedule?: string;
            /** @example 2027-03-08 */
            startDate: string;
            /** @description ISO week; derived from startDate when omitted */
            weekNumber?: number;
        };
        CreateRankingListDto: {
            description?: string;
            /** @example A */
            listType: string;
            positionId: number;
        };
        CreateSectionDto: {
            /** @example Träblås */
            name: string;
            /** @default 0 */
            sortOrder?: number;
        };
        CreateSeriesDto: {
            /** @description When the musicians are to be there; not after startsAt */
            callTime?: string;
            /** @description Places for the public; a full event takes a waitlist */
            capacity?: number;
            description?: string;
            dressCode?: string;
            /**
             * @description After startsAt
             * @example 2027-03-08T21:00:00+01:00
             */
            endsAt: string;
            /** @description Local dates to leave out (holidays) */
            except?: string[];
            /** @description The substitute engine's project this event belongs to */
            projectId?: string;
            /**
             * @description Last day of the series (inclusive)
             * @example 2027-05-31
             */
            repeatWeeklyUntil: string;
            /**
             * @description The public address: lower-case words and digits joined by dashes
             * @example varkonsert-2027
             */
            slug?: string;
            /** @example 2027-03-08T19:00:00+01:00 */
            startsAt: string;
            /**
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "published" | "cancelled";
            /** @example Vårkonsert */
            title: string;
            /** @enum {string} */
            type: "concert" | "rehearsal" | "sectional" | "board_meeting" | "social" | "other";
            venueId?: number;
        };
        CreateVenueDto: {
            address?: string;
            capacity?: number;
            city?: string;
            directions?: string;
            latitude?: number;
            longitude?: number;
            /** @example Konserthuset */
            name: string;
            parking?: string;
        };
        CustomerProfileInput: {
            /** @description An existing customer profile to bill; omit to create one */
            id?: string;
            /** @example Stadens Symfoniorkester ideell förening */
            legalBusinessName?: string;
        };
        CustomListView: {
            id: number;
            musicianIds: string[];
            name: string;
            positionId: number;
        };
        DashboardView: {
            /** @description Needs whose list ran out */
            exhausted: components["schemas"]["RunningNeed"][];
            recentAnswers: components["schemas"]["RecentAnswer"][];
            /** @description Active and paused needs */
            running: components["schemas"]["RunningNeed"][];
        };
        DatabaseServerChangeDto: {
            capacity?: number;
            region?: string;
            /**
             * @description open: takes new ensembles; draining: keeps its own; closed: empty and retired
             * @enum {string}
             */
            state?: "open" | "draining" | "closed";
        };
        DatabaseServerView: {
            /** @description Where it is: host and port, or the Neon API address; never credentials */
            address: string;
            capacity: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "postgres" | "neon";
            name: string;
            region: string | null;
            /** @enum {string} */
            state: "open" | "draining" | "closed";
            /** @description Ensembles on it now (deleted ones not counted) */
            tenants: number;
        };
        DatabaseView: {
            /**
             * Format: date-time
             * @description Set while its database is being moved (requests get 503)
             */
            maintenanceSince: string | null;
            name: string | null;
            /** @enum {string} */
            provider: "postgres" | "neon";
            /** @description The region asked for */
            region: string | null;
            schemaVersion: string | null;
            /**
             * Format: uuid
             * @description Its database server
             */
            serverId: string | null;
        };
        DeleteOrchestraDto: {
            /** @description The subdomain again, to confirm that the database is to be dropped */
            confirmSubdomain: string;
        };
        DeliveryList: {
            items: components["schemas"]["DeliveryView"][];
        };
        DeliveryView: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            deliveryId: string;
            endpointId: string;
            eventType: string;
            lastError: string | null;
            lastStatusCode: number | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
        };
        DomainView: {
            /** Format: date-time */
            checkedAt: string | null;
            domain: string | null;
            /** @description What the last check found wrong */
            error: string | null;
            /** @description The record to publish */
            record: components["schemas"]["TxtRecordView"] | null;
            /** @description Serves the ensemble only when true */
            verified: boolean;
            /** Format: date-time */
            verifiedAt: string | null;
        };
        DownloadLinkView: {
            /** Format: date-time */
            expiresAt: string;
            /** @description Works until expiresAt, on this ensemble only */
            url: string;
        };
        EndpointList: {
            items: components["schemas"]["EndpointView"][];
        };
        EndpointView: {
            /** Format: date-time */
            createdAt: string;
            endpointId: string;
            events: ("request.accepted" | "request.declined" | "need.filled" | "need.exhausted" | "musician.created")[];
            isActive: boolean;
            url: string;
        };
        EndpointWithSecretView: {
            /** Format: date-time */
            createdAt: string;
            endpointId: string;
            events: ("request.accepted" | "request.declined" | "need.filled" | "need.exhausted" | "musician.created")[];
            isActive: boolean;
            /** @description Shown this once: keep it to verify signatures */
            secret: string;
            url: string;
        };
        ErasedView: {
            erased: number;
        };
        EraseWaitlistDto: {
            /** @description Every waitlist entry of this address is erased */
            email: string;
        };
        ErrorBody: {
            /**
             * @description Stable code a client can act on
             * @example request/invalid
             */
            code: string;
            /** @description e.g. { field } or { fields: [{ field, messages }] } naming what to fix */
            details?: {
                [key: string]: unknown;
            };
            /** @example phone is not a phone number */
            message: string;
        };
        ErrorEnvelope: {
            error: components["schemas"]["ErrorBody"];
            requestId?: string;
        };
        EventDetailView: {
            /** Format: date-time */
            callTime: string | null;
            capacity: number | null;
            description: string | null;
            dressCode: string | null;
            /** Format: date-time */
            endsAt: string;
            id: string;
            notes: components["schemas"]["NoteView"][];
            places: components["schemas"]["WaitlistCounts"];
            programme: components["schemas"]["PieceView"][];
            project: components["schemas"]["EventProjectView"] | null;
            /** @description Shared by a weekly series */
            seriesId: string | null;
            /** @example varkonsert-2027-03-08 */
            slug: string;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "draft" | "published" | "cancelled";
            title: string;
            /** @enum {string} */
            type: "concert" | "rehearsal" | "sectional" | "board_meeting" | "social" | "other";
            venue: components["schemas"]["VenueView"] | null;
        };
        EventPage: {
            items: components["schemas"]["EventView"][];
            /** @description Pass as cursor for the next rows */
            nextCursor: string | null;
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        EventProjectView: {
            id: string;
            name: string;
        };
        EventSeriesView: {
            items: components["schemas"]["EventView"][];
        };
        EventView: {
            /** Format: date-time */
            callTime: string | null;
            capacity: number | null;
            description: string | null;
            dressCode: string | null;
            /** Format: date-time */
            endsAt: string;
            id: string;
            project: components["schemas"]["EventProjectView"] | null;
            /** @description Shared by a weekly series */
            seriesId: string | null;
            /** @example varkonsert-2027-03-08 */
            slug: string;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            status: "draft" | "published" | "cancelled";
            title: string;
            /** @enum {string} */
            type: "concert" | "rehearsal" | "sectional" | "board_meeting" | "social" | "other";
            venue: components["schemas"]["VenueView"] | null;
        };
        FailedJobPage: {
            items: components["schemas"]["FailedJobView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        FailedJobView: {
            /** Format: date-time */
            createdOn: string;
            data: {
                [key: string]: unknown;
            } | null;
            /** @description The last attempt’s error */
            error: string;
            /** Format: date-time */
            failedOn: string | null;
            /** Format: uuid */
            id: string;
            /** @example billing.stripe-event */
            name: string;
            retryCount: number;
        };
        GroupEmailDto: {
            /** @example Hej {{firstName}}! Här kommer schemat… */
            body: string;
            /** @example Schema för vecka 10 */
            subject: string;
        };
        GroupEmailQueued: {
            /** @description How many booked musicians it is queued for */
            recipients: number;
        };
        ImpersonateDto: {
            /** @example Support ticket 4711 */
            reason: string;
        };
        ImpersonationView: {
            accessToken: string;
            /** @description seconds */
            expiresIn: number;
            /** @description The ensemble's address, to open with the token */
            url: string;
        };
        ImportMusiciansDto: {
            /** @description CSV text; header firstName,lastName,email[,phone,preferredLanguage,localResidence,notes] */
            csv: string;
        };
        ImportRejection: {
            email: string | null;
            errors: string[];
            /** @description Line in the file (1 = header) */
            line: number;
        };
        ImportReportView: {
            imported: number;
            rejected: components["schemas"]["ImportRejection"][];
        };
        InstrumentChoiceDto: {
            instrumentId: number;
            /** @description The one instrument the person mainly plays */
            isPrimary: boolean;
        };
        InstrumentPage: {
            items: components["schemas"]["InstrumentView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        InstrumentView: {
            displayOrder: number;
            id: number;
            /** @example Violin */
            name: string;
            positions: components["schemas"]["PositionView"][];
        };
        InvitationView: {
            /** Format: date-time */
            expiresAt: string;
            /** @description Shown once: the link sets the password */
            invitationUrl: string;
            userId: string;
        };
        InviteStaffDto: {
            /** @example librarian@band.example */
            email: string;
            extraPermissions?: ("musicians.read" | "musicians.write" | "instruments.manage" | "rankings.read" | "rankings.write" | "projects.read" | "projects.write" | "needs.start" | "season.read" | "season.write" | "library.read" | "library.write" | "pages.write" | "announcements.send" | "messaging.read" | "messaging.send" | "messaging.settings" | "webhooks.manage" | "api-keys.manage" | "staff.manage" | "privacy.manage" | "audit.read" | "domain.manage" | "branding.manage" | "billing.manage")[];
            /** @example Karin Lind */
            name: string;
            /** @enum {string} */
            role: "admin" | "staff" | "librarian" | "section_leader" | "read_only";
        };
        InviteUserDto: {
            /** @description Default: the ensemble's admin email */
            email?: string;
            /** @description Default: the ensemble's admin name */
            name?: string;
            /**
             * @default admin
             * @enum {string}
             */
            role?: "admin" | "staff" | "librarian" | "section_leader" | "read_only";
        };
        KeyCreatorView: {
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
        };
        LibraryPieceDetailView: {
            arranger: string | null;
            catalogNumber: string | null;
            composer: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string|null} */
            difficulty: "grade_1" | "grade_2" | "grade_3" | "grade_4" | "grade_5" | "grade_6" | null;
            durationSeconds: number | null;
            files: components["schemas"]["MusicFileView"][];
            genre: string | null;
            isArchived: boolean;
            notes: string | null;
            parts: components["schemas"]["MusicPartView"][];
            pieceId: string;
            publisher: string | null;
            subtitle: string | null;
            tags: string[];
            title: string;
        };
        LibraryPiecePage: {
            items: components["schemas"]["LibraryPieceView"][];
            /** @description Pass as cursor for the next rows */
            nextCursor: string | null;
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        LibraryPieceView: {
            arranger: string | null;
            catalogNumber: string | null;
            composer: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string|null} */
            difficulty: "grade_1" | "grade_2" | "grade_3" | "grade_4" | "grade_5" | "grade_6" | null;
            durationSeconds: number | null;
            genre: string | null;
            isArchived: boolean;
            notes: string | null;
            pieceId: string;
            publisher: string | null;
            subtitle: string | null;
            tags: string[];
            title: string;
        };
        Limits: {
            maxMusicians: number;
            maxProjects: number;
        };
        LoginDto: {
            /** @example admin@demo.tutti.local */
            email: string;
            /** @example a long passphrase */
            password: string;
        };
        MarkAttendanceDto: {
            /** @description One mark per member; a new mark replaces the old */
            marks: components["schemas"]["AttendanceMarkDto"][];
        };
        MemberLinkView: {
            /** @description The member's own page; shown once, revocable */
            url: string;
        };
        MemberStatsView: {
            absent: number;
            events: number;
            excused: number;
            firstName: string;
            id: string;
            lastName: string;
            late: number;
            leftEarly: number;
            present: number;
            /** @description Attended (present, late, left early) of the events not excused, 0..1 */
            rate: number | null;
            /** @description The period's second half's rate minus its first half's */
            trend: number | null;
        };
        MessageCount: {
            channel: string;
            count: number;
            status: string;
        };
        MessagingSettingsDto: {
            emailFromAddress?: string;
            emailFromName?: string;
            emailReplyTo?: string;
            /** @description Resend API key; stored encrypted, never shown again. Empty string removes it. */
            resendApiKey?: string;
            /** @description Signing secret of the Resend webhook (whsec_…); stored encrypted */
            resendWebhookSecret?: string;
            smsOnConfirmation?: boolean;
            smsOnGroupEmail?: boolean;
            smsOnPositionFilled?: boolean;
            smsOnReminder?: boolean;
            smsOnRequest?: boolean;
            twilioAccountSid?: string;
            /** @description Stored encrypted, never shown again */
            twilioAuthToken?: string;
            twilioFromNumber?: string;
        };
        MessagingSettingsView: {
            emailFromAddress: string | null;
            emailFromName: string | null;
            emailReplyTo: string | null;
            hasResendApiKey: boolean;
            hasResendWebhookSecret: boolean;
            hasTwilioAuthToken: boolean;
            sendingThrough: components["schemas"]["SendingThrough"];
            smsOnConfirmation: boolean;
            smsOnGroupEmail: boolean;
            smsOnPositionFilled: boolean;
            smsOnReminder: boolean;
            smsOnRequest: boolean;
            twilioAccountSid: string | null;
            twilioFromNumber: string | null;
        };
        MetricsView: {
            orchestras: components["schemas"]["StatusCount"][];
            tenantClientPool: components["schemas"]["PoolStatsView"];
        };
        MigrationOutcomeView: {
            /** Format: date-time */
            at: string | null;
            error: string | null;
            status: string | null;
        };
        MigrationRunView: {
            failed: number;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            requestedBy: string | null;
            results: components["schemas"]["TenantMigrationOutcomeView"][];
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "running" | "succeeded" | "failed";
            succeeded: number;
            total: number;
        };
        MoveOffView: {
            /** @description The moves started, one per ensemble */
            moves: string[];
            /** @description Ensembles that stay, and why */
            skipped: components["schemas"]["SkippedEnsemble"][];
        };
        MoveRankingDto: {
            /** @description 1-based place */
            rank: number;
        };
        MoveView: {
            attempts: number;
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** Format: uuid */
            fromServerId: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            orchestraId: string;
            rows: number | null;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "running" | "succeeded" | "failed";
            /** @description The last step done: record, maintenance, copy, verify, switch, reopen, cleanup */
            step: string;
            tables: number | null;
            /** Format: uuid */
            toServerId: string;
        };
        MusicFileView: {
            downloads: number;
            fileId: string;
            fileName: string;
            /** @enum {string} */
            kind: "full_score" | "conductor_score" | "part" | "condensed_score" | "audio" | "licence" | "other";
            mimeType: string;
            /** @description SHA-256 of the content, hex */
            sha256: string;
            size: number;
            /** Format: date-time */
            uploadedAt: string;
        };
        MusicianInstrumentsView: {
            id: string;
            instruments: components["schemas"]["MusicianInstrumentView"][];
        };
        MusicianInstrumentView: {
            instrumentId: number;
            isPrimary: boolean;
            name: string;
        };
        MusicianPage: {
            items: components["schemas"]["MusicianView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        MusicianRef: {
            id: string;
            name: string;
        };
        MusicianStatsView: {
            accepted: number;
            declined: number;
            id: string;
            medianMinutesToAnswer: number | null;
            received: number;
            timedOut: number;
        };
        MusicianView: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            emergencyEmail: string | null;
            emergencyName: string | null;
            emergencyPhone: string | null;
            firstName: string;
            /** @example MUS-00012 */
            id: string;
            isActive: boolean;
            isArchived: boolean;
            /** @example 2019-08-20 */
            joinedOn: string | null;
            lastName: string;
            leftOn: string | null;
            localResidence: boolean;
            /** @enum {string} */
            membershipStatus: "active" | "inactive" | "leave_of_absence" | "alumni" | "audition" | "pending" | "substitute";
            notes: string | null;
            /** @example +46701234567 */
            phone: string | null;
            photoUrl: string | null;
            /** @enum {string} */
            preferredLanguage: "sv" | "en";
            smsOptedOut: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        MusicPartView: {
            fileId: string | null;
            instrument: string | null;
            instrumentId: number | null;
            isOptional: boolean;
            name: string;
            notes: string | null;
            partId: string;
        };
        NeedFilePage: {
            items: components["schemas"]["NeedFileView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        NeedFileView: {
            /** Format: date-time */
            createdAt: string;
            fileName: string;
            id: number;
            mimeType: string;
            /** @enum {string} */
            sendTiming: "on_request" | "after_accept";
            size: number;
        };
        NeedOverview: {
            accepted: number;
            cancelled: number;
            declined: number;
            id: string;
            maxRecipients: number | null;
            pending: number;
            position: components["schemas"]["PositionRef"];
            quantity: number;
            requireLocalResidence: boolean;
            responseTimeHours: number;
            /** @enum {string} */
            status: "draft" | "active" | "paused" | "exhausted" | "completed" | "cancelled";
            /** @enum {string} */
            strategy: "sequential" | "parallel" | "first_come";
            timedOut: number;
            timeline: components["schemas"]["TimelineEntry"][];
        };
        NeedPreviewView: {
            skipped: components["schemas"]["SkippedCandidate"][];
            /** @description Who would be asked now, in order */
            wouldAsk: components["schemas"]["Candidate"][];
        };
        NeedQuantityView: {
            id: string;
            quantity: number;
        };
        NeedStateView: {
            id: string;
            /** @enum {string} */
            status: "draft" | "active" | "paused" | "exhausted" | "completed" | "cancelled";
            /** @description Requests withdrawn when the need closed */
            withdrawn?: number;
        };
        NewDatabaseServerDto: {
            /** @description postgres: a URL of a role that may create databases and roles (stored encrypted) */
            adminUrl?: string;
            /**
             * @description Ensembles placed here at most
             * @example 500
             */
            capacity: number;
            /** @enum {string} */
            kind: "postgres" | "neon";
            /**
             * @description Unique; how the console names it
             * @example eu-north-2
             */
            name: string;
            /** @description neon: an API key (stored encrypted) */
            neonApiKey?: string;
            /** @description neon: the API's address, if not Neon's own */
            neonApiUrl?: string;
            /** @example eu-north */
            region?: string;
        };
        NewMoveDto: {
            /**
             * Format: uuid
             * @description The server to move the database to
             */
            toServerId: string;
        };
        NoteSectionView: {
            id: number;
            name: string;
        };
        NoteView: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            section: components["schemas"]["NoteSectionView"] | null;
        };
        OrchestraPage: {
            items: components["schemas"]["OrchestraView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        OrchestraView: {
            adminEmail: string;
            /** @enum {string} */
            billingStatus: "none" | "trialing" | "active" | "past_due" | "canceled";
            contactEmail: string;
            contactName: string;
            /** Format: date-time */
            createdAt: string;
            customDomain: string | null;
            customerProfileId: string | null;
            database: components["schemas"]["DatabaseView"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "orchestra" | "band";
            lastMigration: components["schemas"]["MigrationOutcomeView"];
            limits: components["schemas"]["Limits"];
            locale: string;
            name: string;
            /** @enum {string} */
            plan: "small" | "medium" | "large";
            provisioning: components["schemas"]["ProvisioningView"];
            /** @enum {string} */
            status: "provisioning" | "active" | "failed" | "suspended" | "deleted";
            statusReason: string | null;
            subdomain: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The ensemble's address */
            url: string;
        };
        PageDetailView: {
            /** @description Sanitised HTML */
            body: string;
            description: string | null;
            /** @description Shown on the public site now */
            isLive: boolean;
            pageId: string;
            /** Format: date-time */
            publishAt: string | null;
            slug: string;
            /** @enum {string} */
            status: "draft" | "scheduled" | "published" | "archived";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            versions: components["schemas"]["PageVersionView"][];
        };
        PageListPage: {
            items: components["schemas"]["PageView"][];
            /** @description Pass as cursor for the next rows */
            nextCursor: string | null;
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        PageVersionView: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string | null;
            title: string;
            version: number;
        };
        PageView: {
            /** @description Sanitised HTML */
            body: string;
            description: string | null;
            /** @description Shown on the public site now */
            isLive: boolean;
            pageId: string;
            /** Format: date-time */
            publishAt: string | null;
            slug: string;
            /** @enum {string} */
            status: "draft" | "scheduled" | "published" | "archived";
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PasswordResetRequestDto: {
            /** @example secretary@band.example */
            email: string;
        };
        PermissionView: {
            description: string;
            /** @enum {string} */
            name: "musicians.read" | "musicians.write" | "instruments.manage" | "rankings.read" | "rankings.write" | "projects.read" | "projects.write" | "needs.start" | "season.read" | "season.write" | "library.read" | "library.write" | "pages.write" | "announcements.send" | "messaging.read" | "messaging.send" | "messaging.settings" | "webhooks.manage" | "api-keys.manage" | "staff.manage" | "privacy.manage" | "audit.read" | "domain.manage" | "branding.manage" | "billing.manage";
        };
        PersonalDataExportView: {
            /** Format: date-time */
            exportedAt: string;
            person: Record<string, never>;
        };
        PieceDto: {
            /** @example Jean Sibelius */
            composer?: string;
            /** @description The library's piece (its pieceId), for parts and assignments */
            pieceId?: string;
            /** @example Finlandia */
            title: string;
        };
        PieceView: {
            composer: string | null;
            /** @description The library's piece */
            pieceId: string | null;
            position: number;
            title: string;
        };
        PlanOffer: {
            maxMusicians: number;
            maxProjects: number;
            name: string;
            /** @enum {string} */
            plan: "small" | "medium" | "large";
            /** @description Öre (SEK cents) per month */
            pricePerMonth: number;
        };
        PoolStatsView: {
            busyClients: number;
            evictions: number;
            hits: number;
            maxClients: number;
            misses: number;
            openClients: number;
            openConnections: number;
            peakOpenClients: number;
            waiting: number;
        };
        PositionRef: {
            id: number;
            /** @example Violin 1 (Tutti) */
            name: string;
        };
        PositionView: {
            /** @description 0 = leader; higher = further back */
            hierarchyLevel: number;
            id: number;
            instrumentId: number;
            /** @example Tutti */
            name: string;
        };
        PrincipalDto: {
            /** @description The superadmin acting as this user */
            impersonatedBy?: string;
            orchestraId: string | null;
            /** @description What the bearer may do here (empty on the platform console) */
            permissions: ("musicians.read" | "musicians.write" | "instruments.manage" | "rankings.read" | "rankings.write" | "projects.read" | "projects.write" | "needs.start" | "season.read" | "season.write" | "library.read" | "library.write" | "pages.write" | "announcements.send" | "messaging.read" | "messaging.send" | "messaging.settings" | "webhooks.manage" | "api-keys.manage" | "staff.manage" | "privacy.manage" | "audit.read" | "domain.manage" | "branding.manage" | "billing.manage")[];
            /** @enum {string} */
            role: "superadmin" | "admin" | "staff" | "librarian" | "section_leader" | "read_only";
            /** @enum {string} */
            scope: "platform" | "tenant";
            userId: string;
        };
        ProjectOverview: {
            concertInfo: string | null;
            /** @example PRJ-2027-0003 */
            id: string;
            name: string;
            needs: components["schemas"]["NeedOverview"][];
            notes: string | null;
            rehearsalSchedule: string | null;
            /** Format: date-time */
            startDate: string;
            weekNumber: number;
        };
        ProjectPage: {
            items: components["schemas"]["ProjectView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        ProjectView: {
            concertInfo: string | null;
            /** @example PRJ-2027-0003 */
            id: string;
            name: string;
            notes: string | null;
            rehearsalSchedule: string | null;
            /** Format: date-time */
            startDate: string;
            weekNumber: number;
        };
        ProvisioningView: {
            attempts: number;
            error: string | null;
            /** @description Last completed step */
            step: string | null;
        };
        PublishPageDto: {
            /** @description Publish then (scheduled); now when left out */
            publishAt?: string;
        };
        QualificationsView: {
            id: string;
            positionIds: number[];
        };
        RaiseQuantityDto: {
            quantity: number;
        };
        RankingEntryView: {
            musicianId: string;
            name: string;
            /** @description 1 = asked first */
            rank: number;
        };
        RankingListPage: {
            items: components["schemas"]["RankingListView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        RankingListView: {
            description: string | null;
            entries: components["schemas"]["RankingEntryView"][];
            id: number;
            /** @example A */
            listType: string;
            positionId: number;
        };
        ReceiptView: {
            /** Format: date-time */
            deliveredAt: string;
            musicianId: string;
            name: string;
            /** Format: date-time */
            readAt: string | null;
        };
        RecentAnswer: {
            answeredByAdmin: boolean;
            musician: components["schemas"]["Ref"];
            needId: string;
            position: string;
            project: components["schemas"]["Ref"];
            requestId: string;
            /** Format: date-time */
            respondedAt: string;
            /** @enum {string} */
            status: "accepted" | "declined";
        };
        RedirectView: {
            /** @description Stripe's page to send the browser to */
            url: string;
        };
        Ref: {
            id: string;
            name: string;
        };
        RefreshDto: {
            refreshToken: string;
        };
        RestoreDto: {
            /** @description The ensemble's subdomain, typed to confirm a replace */
            confirmSubdomain?: string;
            /**
             * @description replace: switch the ensemble to the restored database; inspect: a database beside it
             * @enum {string}
             */
            mode: "replace" | "inspect";
        };
        RestoreView: {
            /** Format: uuid */
            backupId: string;
            /** @description The database the backup was restored into */
            database: string;
            /** @enum {string} */
            mode: "replace" | "inspect";
            /** Format: uuid */
            orchestraId: string;
        };
        RetentionPeriodsDto: {
            /**
             * @description Audit trail kept this many days (unchanged when left out)
             * @example 730
             */
            auditDays?: number;
            /**
             * @description Messages sent and received kept this many days
             * @example 730
             */
            communicationLogDays: number;
            /**
             * @description Download log kept this many days
             * @example 365
             */
            downloadLogDays: number;
            /**
             * @description Former members anonymised this many years after leaving
             * @example 10
             */
            formerMemberYears: number;
            /**
             * @description Waitlist entries kept this long after the event
             * @example 90
             */
            waitlistDaysAfterEvent: number;
        };
        RetentionRunView: {
            /** Format: date-time */
            cutoff: string;
            /** Format: date-time */
            ranAt: string;
            rows: number;
            /** @enum {string} */
            rule: "expired_tokens" | "download_logs" | "communication_logs" | "waitlist_entries" | "former_members_anonymised";
        };
        RetentionView: {
            periods: components["schemas"]["RetentionPeriodsDto"];
            /** @description The latest runs, newest first */
            runs: components["schemas"]["RetentionRunView"][];
        };
        RetriedJobView: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        RoleView: {
            label: string;
            /** @enum {string} */
            name: "admin" | "staff" | "librarian" | "section_leader" | "read_only";
            permissions: ("musicians.read" | "musicians.write" | "instruments.manage" | "rankings.read" | "rankings.write" | "projects.read" | "projects.write" | "needs.start" | "season.read" | "season.write" | "library.read" | "library.write" | "pages.write" | "announcements.send" | "messaging.read" | "messaging.send" | "messaging.settings" | "webhooks.manage" | "api-keys.manage" | "staff.manage" | "privacy.manage" | "audit.read" | "domain.manage" | "branding.manage" | "billing.manage")[];
        };
        RosterEntryView: {
            /** Format: date-time */
            markedAt: string | null;
            member: components["schemas"]["RosterMember"];
            /**
             * Format: date-time
             * @description Given ahead by the member
             */
            noticeAt: string | null;
            reason: string | null;
            sections: string[];
            /** @enum {string|null} */
            status: "present" | "absent" | "excused" | "late" | "left_early" | null;
        };
        RosterMember: {
            firstName: string;
            id: string;
            lastName: string;
        };
        RosterView: {
            eventId: string;
            items: components["schemas"]["RosterEntryView"][];
        };
        RunningNeed: {
            accepted: number;
            acceptedBy: components["schemas"]["Ref"][];
            id: string;
            /** @description Who is being asked now */
            pending: components["schemas"]["AskedNow"][];
            /** @example Violin 1 (Tutti) */
            position: string;
            project: components["schemas"]["Ref"];
            /** Format: date-time */
            projectStartDate: string;
            quantity: number;
            /** @enum {string} */
            status: "active" | "paused" | "exhausted";
            /** @enum {string} */
            strategy: "sequential" | "parallel" | "first_come";
        };
        SectionMembershipDto: {
            /**
             * @description Leads the section (marks its attendance)
             * @default false
             */
            isLeader?: boolean;
        };
        SectionMemberView: {
            firstName: string;
            id: string;
            isLeader: boolean;
            lastName: string;
        };
        SectionPage: {
            items: components["schemas"]["SectionView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        SectionRef: {
            id: number;
            name: string;
        };
        SectionStatsView: {
            absent: number;
            events: number;
            excused: number;
            id: number;
            late: number;
            leftEarly: number;
            name: string;
            present: number;
            /** @description Attended (present, late, left early) of the events not excused, 0..1 */
            rate: number | null;
            /** @description The period's second half's rate minus its first half's */
            trend: number | null;
        };
        SectionView: {
            id: number;
            members: components["schemas"]["SectionMemberView"][];
            name: string;
            sortOrder: number;
        };
        SendingThrough: {
            /**
             * @description Whose email account sends
             * @enum {string}
             */
            email: "orchestra" | "platform" | "none";
            /** @enum {string} */
            sms: "orchestra" | "platform" | "none";
        };
        SessionDto: {
            accessToken: string;
            /** @description seconds */
            expiresIn: number;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["SessionUserDto"];
        };
        SessionUserDto: {
            email: string;
            id: string;
            name: string;
            /** @enum {string} */
            role: "superadmin" | "admin" | "staff" | "librarian" | "section_leader" | "read_only";
        };
        SetDomainDto: {
            /** @example vikarier.example-orkester.se */
            domain: string;
        };
        SetInstrumentsDto: {
            /** @description Every instrument played; one primary */
            instruments: components["schemas"]["InstrumentChoiceDto"][];
        };
        SetProgrammeDto: {
            /** @description The programme in playing order */
            pieces: components["schemas"]["PieceDto"][];
        };
        SetQualificationsDto: {
            /** @description Every position the musician may be asked for */
            positionIds: number[];
        };
        SignupDto: {
            contactEmail: string;
            contactName: string;
            /** @enum {string} */
            kind: "orchestra" | "band";
            /**
             * @default sv
             * @enum {string}
             */
            locale?: "sv" | "en";
            /** @example Stadens Blåsorkester */
            name: string;
            /** @description The legal name on invoices; defaults to the name */
            organisation?: string;
            /** @enum {string} */
            plan: "small" | "medium" | "large";
            /**
             * @default trial
             * @enum {string}
             */
            start?: "trial" | "checkout";
            /** @example stadens-bo */
            subdomain: string;
        };
        SignupOptionsView: {
            /** @description Whether paying now through Checkout is offered */
            checkoutAvailable: boolean;
            currency: string;
            open: boolean;
            plans: components["schemas"]["PlanOffer"][];
            /** @description Days of free use before the first payment */
            trialDays: number;
        };
        SignupStatusView: {
            id: string;
            /** @enum {string} */
            status: "provisioning" | "active" | "failed" | "suspended" | "deleted";
            url: string;
        };
        SignupView: {
            /** @description Checkout, when paying now */
            checkoutUrl: string | null;
            id: string;
            /** @description Where the first admin sets a password (shown once) */
            setPasswordUrl: string;
            subdomain: string;
            trialEndsAt: string | null;
            /** @description The ensemble's address once it is ready */
            url: string;
        };
        SkippedCandidate: {
            musicianId: string;
            name: string;
            rank: number;
            /**
             * @description Why this musician is not asked
             * @enum {string}
             */
            reason: "inactive" | "archived" | "not-qualified" | "not-local" | "already-asked-in-project";
        };
        SkippedEnsemble: {
            /** Format: uuid */
            orchestraId: string;
            reason: string;
            subdomain: string;
        };
        StaffMemberView: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deactivatedAt: string | null;
            email: string;
            extraPermissions: ("musicians.read" | "musicians.write" | "instruments.manage" | "rankings.read" | "rankings.write" | "projects.read" | "projects.write" | "needs.start" | "season.read" | "season.write" | "library.read" | "library.write" | "pages.write" | "announcements.send" | "messaging.read" | "messaging.send" | "messaging.settings" | "webhooks.manage" | "api-keys.manage" | "staff.manage" | "privacy.manage" | "audit.read" | "domain.manage" | "branding.manage" | "billing.manage")[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            invitationExpiresAt: string | null;
            /** Format: date-time */
            lastLoginAt: string | null;
            name: string;
            /** @description Role and grants together */
            permissions: ("musicians.read" | "musicians.write" | "instruments.manage" | "rankings.read" | "rankings.write" | "projects.read" | "projects.write" | "needs.start" | "season.read" | "season.write" | "library.read" | "library.write" | "pages.write" | "announcements.send" | "messaging.read" | "messaging.send" | "messaging.settings" | "webhooks.manage" | "api-keys.manage" | "staff.manage" | "privacy.manage" | "audit.read" | "domain.manage" | "branding.manage" | "billing.manage")[];
            /** @enum {string} */
            role: "admin" | "staff" | "librarian" | "section_leader" | "read_only";
            /** @enum {string} */
            status: "invited" | "active" | "deactivated";
        };
        StatusCount: {
            count: number;
            status: string;
        };
        SubdomainAvailability: {
            available: boolean;
            /** @description Why not, when it is not */
            reason: string | null;
            subdomain: string;
        };
        SuspendDto: {
            /** @example Invoice 2026-10 unpaid */
            reason: string;
        };
        SystemLogEntryView: {
            /** @example provisioning */
            category: string;
            /** @description milliseconds */
            duration: number | null;
            id: string;
            ip: string | null;
            /** @enum {string} */
            level: "info" | "warn" | "error";
            /** @example ensemble provisioned */
            message: string;
            metadata: {
                [key: string]: unknown;
            } | null;
            orchestraId: string | null;
            requestId: string | null;
            subdomain: string | null;
            /** Format: date-time */
            timestamp: string;
            userId: string | null;
        };
        SystemLogPage: {
            items: components["schemas"]["SystemLogEntryView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        TemplateDto: {
            body: string;
            subject: string;
        };
        TemplateListView: {
            templates: components["schemas"]["TemplateView"][];
            /** @description Every {{variable}} a template may use */
            variables: string[];
        };
        TemplatePreviewDto: {
            body?: string;
            subject?: string;
        };
        TemplatePreviewView: {
            body: string;
            subject: string;
            unknownVariables: string[];
        };
        TemplateView: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            /** @enum {string} */
            language: "sv" | "en";
            subject: string;
            /** @example request */
            type: string;
            /** Format: date-time */
            updatedAt: string;
            variables: string[];
        };
        TenantHealthView: {
            /** Format: date-time */
            checkedAt: string;
            databaseBytes: number | null;
            error: string | null;
            /** @description Newest migration shipped */
            expectedSchemaVersion: string | null;
            /** @description One round trip, in ms */
            latencyMs: number | null;
            reachable: boolean;
            /** @description Newest migration in the database */
            schemaVersion: string | null;
            upToDate: boolean;
        };
        TenantMigrationOutcomeView: {
            applied: string[];
            durationMs: number;
            error?: string;
            orchestraId: string;
            schemaVersion: string | null;
            /** @enum {string} */
            status: "migrated" | "up-to-date" | "failed";
            subdomain: string;
        };
        TimelineEntry: {
            /** @description Recorded by staff (e.g. taken by phone) */
            answeredByAdmin: boolean;
            closedReason: string | null;
            /** Format: date-time */
            deadlineAt: string;
            /** @description What the musician wrote */
            message: string | null;
            musician: components["schemas"]["MusicianRef"];
            /** Format: date-time */
            reminderSentAt: string | null;
            requestId: string;
            /** Format: date-time */
            respondedAt: string | null;
            /** Format: date-time */
            sentAt: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "timeout" | "cancelled";
        };
        TokenPairDto: {
            accessToken: string;
            /** @description seconds */
            expiresIn: number;
            refreshToken: string;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["SessionUserDto"];
        };
        TxtRecordView: {
            /** @example _tutti-verify.vikarier.example-orkester.se */
            name: string;
            /** @example TXT */
            type: string;
            /** @example tutti-verify=3kTq… */
            value: string;
        };
        UpdateEndpointDto: {
            isActive?: boolean;
        };
        UpdateEventDto: {
            callTime?: string | null;
            capacity?: number | null;
            description?: string | null;
            dressCode?: string | null;
            endsAt?: string;
            projectId?: string | null;
            startsAt?: string;
            /** @enum {string} */
            status?: "draft" | "published" | "cancelled";
            title?: string;
            /** @enum {string} */
            type?: "concert" | "rehearsal" | "sectional" | "board_meeting" | "social" | "other";
            venueId?: number | null;
        };
        UpdateMusicianDto: {
            email?: string;
            emergencyEmail?: string | null;
            emergencyName?: string | null;
            emergencyPhone?: string | null;
            firstName?: string;
            isActive?: boolean;
            /** @example 2019-08-20 */
            joinedOn?: string | null;
            lastName?: string;
            /** @example 2026-06-30 */
            leftOn?: string | null;
            localResidence?: boolean;
            /**
             * @description A member's standing; people asked only for substitute work are `substitute`
             * @enum {string}
             */
            membershipStatus?: "active" | "inactive" | "leave_of_absence" | "alumni" | "audition" | "pending" | "substitute";
            notes?: string | null;
            /** @example +46701234567 */
            phone?: string | null;
            /** @description An https URL of a photo */
            photoUrl?: string | null;
            /** @enum {string} */
            preferredLanguage?: "sv" | "en";
        };
        UpdatePageDto: {
            /** @description HTML; sanitised on save (scripts, styles, event handlers removed) */
            body?: string;
            description?: string | null;
            /**
             * @description Unique; from the title when left out
             * @example about-us
             */
            slug?: string;
            title?: string;
        };
        UpdatePieceDto: {
            /** @description Found by name, or added */
            arranger?: string | null;
            /**
             * @description Unique in the library (any case)
             * @example ORK-0042
             */
            catalogNumber?: string | null;
            /**
             * @description Found by name, or added
             * @example Jean Sibelius
             */
            composer?: string | null;
            /** @enum {string|null} */
            difficulty?: "grade_1" | "grade_2" | "grade_3" | "grade_4" | "grade_5" | "grade_6" | null;
            /** @description Playing time in seconds */
            durationSeconds?: number | null;
            genre?: string | null;
            isArchived?: boolean;
            notes?: string | null;
            /** @description Found by name, or added */
            publisher?: string | null;
            subtitle?: string | null;
            tags?: string[];
            title?: string;
        };
        UpdateProjectDto: {
            concertInfo?: string;
            /** @example Vårkonsert: Sibelius 2 */
            name?: string;
            notes?: string;
            rehearsalSchedule?: string;
            /** @example 2027-03-08 */
            startDate?: string;
            /** @description ISO week; derived from startDate when omitted */
            weekNumber?: number;
        };
        UploadFileDto: {
            /** @enum {string} */
            kind: "full_score" | "conductor_score" | "part" | "condensed_score" | "audio" | "licence" | "other";
        };
        UploadNeedFileDto: {
            /** @description JSON form only: the file, base64-encoded (at most 10 MB) */
            contentBase64?: string;
            /**
             * @description JSON form only
             * @example Violin 2 - Sibelius 2.pdf
             */
            fileName?: string;
            /**
             * @description JSON form only
             * @example application/pdf
             */
            mimeType?: string;
            /**
             * @description With the request, or only with the confirmation after accepting
             * @enum {string}
             */
            sendTiming: "on_request" | "after_accept";
        };
        Usage: {
            musicians: number;
            projects: number;
        };
        UsageView: {
            limits: components["schemas"]["Limits"];
            messagesByChannel: components["schemas"]["MessageCount"][];
            /** @description Messages logged in the last 30 days, every channel */
            messagesLast30Days: number;
            /** @description Messages logged since the first of this month (UTC) */
            messagesThisMonth: number;
            musicians: number;
            plan: string;
            projects: number;
            requestsLast30Days: number;
        };
        VenuePage: {
            items: components["schemas"]["VenueView"][];
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
        VenueView: {
            address: string | null;
            capacity: number | null;
            city: string | null;
            directions: string | null;
            id: number;
            latitude: number | null;
            longitude: number | null;
            name: string;
            parking: string | null;
        };
        WaitlistCounts: {
            /** @description Holding a place */
            confirmed: number;
            /** @description Not confirmed their address yet */
            pending: number;
            /** @description Confirmed their address, waiting for a place */
            waiting: number;
        };
        WaitlistEntryView: {
            /**
             * Format: date-time
             * @description When consent was given
             */
            consentAt: string;
            email: string;
            /** Format: date-time */
            emailConfirmedAt: string | null;
            /** Format: date-time */
            expiredAt: string | null;
            id: string;
            /** Format: date-time */
            joinedAt: string;
            /** @enum {string} */
            language: "sv" | "en";
            /** Format: date-time */
            leftAt: string | null;
            /** Format: date-time */
            placeGivenAt: string | null;
            /** @enum {string} */
            status: "pending" | "waiting" | "confirmed" | "cancelled" | "expired";
        };
        WaitlistView: {
            items: components["schemas"]["WaitlistEntryView"][];
            /** @description Pass as cursor for the next rows */
            nextCursor: string | null;
            /** @description 1-based */
            page: number;
            pageSize: number;
            /** @description Rows matching the filter, over all pages */
            total: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    announcementsList: {
        parameters: {
            query?: {
                /** @description The previous answer's nextCursor */
                cursor?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementPage"];
                };
            };
        };
    };
    announcementsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAnnouncementDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementDetailView"];
                };
            };
        };
    };
    announcementsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementDetailView"];
                };
            };
        };
    };
    announcementsRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    announcementsArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementDetailView"];
                };
            };
        };
    };
    announcementsPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementDetailView"];
                };
            };
        };
    };
    apiKeysList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
        };
    };
    apiKeysCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyView"];
                };
            };
        };
    };
    apiKeysRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    attendanceStats: {
        parameters: {
            query: {
                from: string;
                /** @description Inclusive */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceStatsView"];
                };
            };
        };
    };
    attendanceCsv: {
        parameters: {
            query: {
                from: string;
                /** @description Inclusive */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description CSV with a header row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
        };
    };
    auditTrailList: {
        parameters: {
            query?: {
                /** @description Only what this user id (or api-key:<id>) did */
                actor?: string;
                /** @description The previous answer's nextCursor */
                cursor?: string;
                from?: string;
                page?: number;
                pageSize?: number;
                /** @description Only changes to this row (its id, as text) */
                recordId?: string;
                /** @description Only what one request did (its X-Request-Id) */
                requestId?: string;
                /** @description Only changes to this table */
                table?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
        };
    };
    auditTrailTables: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditTablesView"];
                };
            };
        };
    };
    tenantAuthEndImpersonation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    tenantAuthAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    tenantAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    tenantAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    tenantAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
        };
    };
    tenantAuthRequestReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description If the email belongs to someone here, a link is on its way */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    tenantAuthConfirmReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    tenantAuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    tenantAuthSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    tenantAuthSignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    tenantAuthRefreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    billingShow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BillingView"];
                };
            };
        };
    };
    billingCheckout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedirectView"];
                };
            };
        };
    };
    billingPortal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedirectView"];
                };
            };
        };
    };
    brandingShow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandingView"];
                };
            };
        };
    };
    brandingColours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BrandingColoursDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandingView"];
                };
            };
        };
    };
    brandingFavicon: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandingView"];
                };
            };
        };
    };
    brandingRemoveFavicon: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandingView"];
                };
            };
        };
    };
    brandingLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandingView"];
                };
            };
        };
    };
    brandingRemoveLogo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BrandingView"];
                };
            };
        };
    };
    messagingList: {
        parameters: {
            query?: {
                channel?: "email" | "sms";
                page?: number;
                pageSize?: number;
                /** @description Email address or phone number */
                recipient?: string;
                /** @description The request's id (as in the timeline) */
                requestId?: string;
                status?: "queued" | "sent" | "delivered" | "failed" | "simulated";
                type?: "request" | "reminder" | "confirmation" | "position_filled" | "request_withdrawn" | "list_exhausted" | "group_email" | "password_reset" | "staff_invitation" | "waitlist" | "announcement";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunicationPage"];
                };
            };
        };
    };
    dashboardGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardView"];
                };
            };
        };
    };
    customDomainsShow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainView"];
                };
            };
        };
    };
    customDomainsSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetDomainDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainView"];
                };
            };
        };
    };
    customDomainsRemove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    customDomainsVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainView"];
                };
            };
        };
    };
    templatesList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateListView"];
                };
            };
        };
    };
    templatesSave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                language: string;
                type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateView"];
                };
            };
        };
    };
    templatesPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                language: string;
                type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplatePreviewDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePreviewView"];
                };
            };
        };
    };
    eventsList: {
        parameters: {
            query?: {
                /** @description The previous answer's nextCursor */
                cursor?: string;
                /** @description Events ending after this time */
                from?: string;
                page?: number;
                pageSize?: number;
                /** @description A project's events */
                projectId?: string;
                status?: "draft" | "published" | "cancelled";
                /** @description Events starting before this time */
                to?: string;
                type?: "concert" | "rehearsal" | "sectional" | "board_meeting" | "social" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
        };
    };
    eventsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEventDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
        };
    };
    eventsGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDetailView"];
                };
            };
        };
    };
    eventsRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    eventsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEventDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDetailView"];
                };
            };
        };
    };
    attendanceRoster: {
        parameters: {
            query?: {
                /** @description Only the members of this section */
                sectionId?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterView"];
                };
            };
        };
    };
    attendanceMark: {
        parameters: {
            query?: {
                /** @description Only the members of this section */
                sectionId?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkAttendanceDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterView"];
                };
            };
        };
    };
    eventsNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNoteDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDetailView"];
                };
            };
        };
    };
    eventsProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetProgrammeDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventDetailView"];
                };
            };
        };
    };
    eventsWaitlist: {
        parameters: {
            query?: {
                /** @description The previous answer's nextCursor */
                cursor?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistView"];
                };
            };
        };
    };
    eventsRemoveEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    eventsSeries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSeriesDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventSeriesView"];
                };
            };
        };
    };
    instrumentsList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentPage"];
                };
            };
        };
    };
    instrumentsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInstrumentDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstrumentView"];
                };
            };
        };
    };
    instrumentsAddPosition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePositionDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PositionView"];
                };
            };
        };
    };
    libraryAssign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignPartDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentList"];
                };
            };
        };
    };
    libraryUnassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    libraryAssignments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentList"];
                };
            };
        };
    };
    libraryDeleteFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    libraryLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadLinkView"];
                };
            };
        };
    };
    libraryDeletePart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    libraryList: {
        parameters: {
            query?: {
                /** @description Archived pieces too (default: only in use) */
                archived?: boolean;
                /** @description The previous answer's nextCursor */
                cursor?: string;
                page?: number;
                pageSize?: number;
                /** @description Search: forgives typos ("Sibelus", "Finlandja") */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryPiecePage"];
                };
            };
        };
    };
    libraryCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePieceDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryPieceDetailView"];
                };
            };
        };
    };
    libraryGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pieceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryPieceDetailView"];
                };
            };
        };
    };
    libraryUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pieceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePieceDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryPieceDetailView"];
                };
            };
        };
    };
    libraryUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pieceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFileDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MusicFileView"];
                };
            };
        };
    };
    libraryAddPart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pieceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryPieceDetailView"];
                };
            };
        };
    };
    musiciansList: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description Archived musicians instead of current ones */
                archived?: boolean;
                /** @description Qualified for a position of this instrument */
                instrumentId?: number;
                /** @description Lives locally (true) or not (false) */
                local?: boolean;
                membershipStatus?: "active" | "inactive" | "leave_of_absence" | "alumni" | "audition" | "pending" | "substitute";
                page?: number;
                pageSize?: number;
                /** @description Qualified for this position */
                positionId?: number;
                /** @description Matches first name, last name or email */
                q?: string;
                /** @description Members of this section */
                sectionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MusicianPage"];
                };
            };
        };
    };
    musiciansCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMusicianDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MusicianView"];
                };
            };
        };
    };
    musiciansGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MusicianView"];
                };
            };
        };
    };
    musiciansUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMusicianDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MusicianView"];
                };
            };
        };
    };
    privacyAnonymise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnonymisedView"];
                };
            };
        };
    };
    musiciansArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MusicianView"];
                };
            };
        };
    };
    calendarIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"];
                };
            };
        };
    };
    calendarRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    privacyExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExportView"];
                };
            };
        };
    };
    musiciansInstrumentsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MusicianInstrumentsView"];
                };
            };
        };
    };
    musiciansSetInstruments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetInstrumentsDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MusicianInstrumentsView"];
                };
            };
        };
    };
    memberPagesIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberLinkView"];
                };
            };
        };
    };
    memberPagesRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    musiciansQualificationsOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualificationsView"];
                };
            };
        };
    };
    musiciansQualifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetQualificationsDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QualificationsView"];
                };
            };
        };
    };
    musiciansRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MusicianView"];
                };
            };
        };
    };
    musiciansStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MusicianStatsView"];
                };
            };
        };
    };
    musiciansImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportMusiciansDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportView"];
                };
            };
        };
    };
    needsRaise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseQuantityDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedQuantityView"];
                };
            };
        };
    };
    needsCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedStateView"];
                };
            };
        };
    };
    needsComplete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteNeedDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedStateView"];
                };
            };
        };
    };
    needsFiles: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedFilePage"];
                };
            };
        };
    };
    needsUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadNeedFileDto"];
                "multipart/form-data": components["schemas"]["UploadNeedFileDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedFileView"];
                };
            };
        };
    };
    needsPause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedStateView"];
                };
            };
        };
    };
    needsPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedPreviewView"];
                };
            };
        };
    };
    needsResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedStateView"];
                };
            };
        };
    };
    needsStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NeedStateView"];
                };
            };
        };
    };
    pagesList: {
        parameters: {
            query?: {
                /** @description The previous answer's nextCursor */
                cursor?: string;
                page?: number;
                pageSize?: number;
                status?: "draft" | "scheduled" | "published" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageListPage"];
                };
            };
        };
    };
    pagesCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePageDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDetailView"];
                };
            };
        };
    };
    pagesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDetailView"];
                };
            };
        };
    };
    pagesUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePageDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDetailView"];
                };
            };
        };
    };
    pagesArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDetailView"];
                };
            };
        };
    };
    pagesPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishPageDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDetailView"];
                };
            };
        };
    };
    pagesUnpublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDetailView"];
                };
            };
        };
    };
    pagesRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pageId: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageDetailView"];
                };
            };
        };
    };
    privacyRetentionShow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionView"];
                };
            };
        };
    };
    privacyRetentionSet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionPeriodsDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionView"];
                };
            };
        };
    };
    privacyRetentionRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionView"];
                };
            };
        };
    };
    privacyEraseWaitlist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseWaitlistDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasedView"];
                };
            };
        };
    };
    projectsList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPage"];
                };
            };
        };
    };
    projectsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
        };
    };
    projectsOverview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectOverview"];
                };
            };
        };
    };
    projectsUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectView"];
                };
            };
        };
    };
    projectsCustomList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomListDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomListView"];
                };
            };
        };
    };
    groupEmailSend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GroupEmailDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupEmailQueued"];
                };
            };
        };
    };
    projectsAddNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNeedDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedNeedView"];
                };
            };
        };
    };
    rankingsLists: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                positionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingListPage"];
                };
            };
        };
    };
    rankingsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRankingListDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingListView"];
                };
            };
        };
    };
    rankingsAdd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddRankingDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingListView"];
                };
            };
        };
    };
    rankingsRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                musicianId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingListView"];
                };
            };
        };
    };
    rankingsMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                musicianId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveRankingDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingListView"];
                };
            };
        };
    };
    needsAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminAnswerDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnswerOutcomeView"];
                };
            };
        };
    };
    sectionsList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionPage"];
                };
            };
        };
    };
    sectionsCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSectionDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionView"];
                };
            };
        };
    };
    sectionsSetMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                musicianId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SectionMembershipDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionView"];
                };
            };
        };
    };
    sectionsRemoveMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                musicianId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectionView"];
                };
            };
        };
    };
    messagingGetSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingSettingsView"];
                };
            };
        };
    };
    messagingUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MessagingSettingsDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagingSettingsView"];
                };
            };
        };
    };
    staffList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberView"][];
                };
            };
        };
    };
    staffChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStaffDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberView"];
                };
            };
        };
    };
    staffDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberView"];
                };
            };
        };
    };
    staffReactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberView"];
                };
            };
        };
    };
    staffInvite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteStaffDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMemberView"];
                };
            };
        };
    };
    staffCatalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessCatalogueView"];
                };
            };
        };
    };
    venuesList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenuePage"];
                };
            };
        };
    };
    venuesCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVenueDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenueView"];
                };
            };
        };
    };
    webhooksDeliveries: {
        parameters: {
            query?: {
                endpointId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryList"];
                };
            };
        };
    };
    webhooksReplay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryView"];
                };
            };
        };
    };
    webhooksList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointList"];
                };
            };
        };
    };
    webhooksCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEndpointDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointWithSecretView"];
                };
            };
        };
    };
    webhooksRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhooksUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEndpointDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointView"];
                };
            };
        };
    };
    webhooksRotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EndpointWithSecretView"];
                };
            };
        };
    };
    healthHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    platformAuditLogs: {
        parameters: {
            query?: {
                action?: string;
                orchestraId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
        };
    };
    platformAuthEndImpersonation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    platformAuthAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    platformAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    platformAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    platformAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PrincipalDto"];
                };
            };
        };
    };
    platformAuthRequestReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description If the email belongs to someone here, a link is on its way */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    platformAuthConfirmReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    platformAuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPairDto"];
                };
            };
        };
    };
    platformAuthSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    platformAuthSignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    platformAuthRefreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
        };
    };
    backupsRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestoreDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestoreView"];
                };
            };
        };
    };
    databaseServersList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseServerView"][];
                };
            };
        };
    };
    databaseServersAdd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDatabaseServerDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseServerView"];
                };
            };
        };
    };
    databaseServersChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DatabaseServerChangeDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatabaseServerView"];
                };
            };
        };
    };
    databaseServersMoveOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveOffView"];
                };
            };
        };
    };
    platformRetryJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetriedJobView"];
                };
            };
        };
    };
    platformFailedJobs: {
        parameters: {
            query?: {
                /** @description One queue only */
                name?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FailedJobPage"];
                };
            };
        };
    };
    platformMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MetricsView"];
                };
            };
        };
    };
    databaseServersResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveView"];
                };
            };
        };
    };
    platformList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                plan?: "small" | "medium" | "large";
                /** @description Part of the name or the subdomain, any case */
                q?: string;
                status?: "provisioning" | "active" | "failed" | "suspended" | "deleted";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrchestraPage"];
                };
            };
        };
    };
    platformCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrchestraDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrchestraView"];
                };
            };
        };
    };
    platformGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrchestraView"];
                };
            };
        };
    };
    platformRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteOrchestraDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrchestraView"];
                };
            };
        };
    };
    backupsList: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupPage"];
                };
            };
        };
    };
    backupsTake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupView"];
                };
            };
        };
    };
    platformHealth: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantHealthView"];
                };
            };
        };
    };
    platformImpersonate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImpersonateDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpersonationView"];
                };
            };
        };
    };
    platformInvite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"];
                };
            };
        };
    };
    databaseServersListMoves: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveView"][];
                };
            };
        };
    };
    databaseServersMove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMoveDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MoveView"];
                };
            };
        };
    };
    platformChangePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePlanDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrchestraView"];
                };
            };
        };
    };
    platformRetry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrchestraView"];
                };
            };
        };
    };
    platformResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrchestraView"];
                };
            };
        };
    };
    platformSuspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrchestraView"];
                };
            };
        };
    };
    platformUsage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageView"];
                };
            };
        };
    };
    signupCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignupDto"];
            };
        };
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupView"];
                };
            };
        };
    };
    signupStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupStatusView"];
                };
            };
        };
    };
    signupAvailability: {
        parameters: {
            query: {
                subdomain: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubdomainAvailability"];
                };
            };
        };
    };
    signupOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupOptionsView"];
                };
            };
        };
    };
    platformSystemLogs: {
        parameters: {
            query?: {
                category?: string;
                level?: "info" | "warn" | "error";
                orchestraId?: string;
                page?: number;
                pageSize?: number;
                /** @description Part of the message or subdomain */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SystemLogPage"];
                };
            };
        };
    };
    platformMigrateAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationRunView"];
                };
            };
        };
    };
    platformMigrationRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationRunView"];
                };
            };
        };
    };
    healthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request was refused; the envelope names the rule or field */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
