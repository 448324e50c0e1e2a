<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ConsoleOptions</name>
        <message>
            <source>Floorwalker console: live shop visitors, chat and alerts for staff.</source>
            <translation>Floorwalker console: live shop visitors, chat and alerts for staff.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Show this help.</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>Show the version.</translation>
        </message>
        <message>
            <source>Console WebSocket address, e.g. ws://127.0.0.1:8081/v1/console.</source>
            <translation>Console WebSocket address, e.g. ws://127.0.0.1:8081/v1/console.</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>User name.</translation>
        </message>
        <message>
            <source>Read the password from the first line of standard input and log in without the dialog.</source>
            <translation>Read the password from the first line of standard input and log in without the dialog.</translation>
        </message>
        <message>
            <source>User interface language: ko or en.</source>
            <translation>User interface language: ko or en.</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>Unexpected argument "%1".</translation>
        </message>
        <message>
            <source>--server needs a ws:// or wss:// address.</source>
            <translation>--server needs a ws:// or wss:// address.</translation>
        </message>
        <message>
            <source>--user: user names are 2-64 of A-Z a-z 0-9 . _ -</source>
            <translation>--user: user names are 2-64 of A-Z a-z 0-9 . _ -</translation>
        </message>
        <message>
            <source>--password-stdin needs --server and --user.</source>
            <translation>--password-stdin needs --server and --user.</translation>
        </message>
        <message>
            <source>--language must be ko or en.</source>
            <translation>--language must be ko or en.</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>No activity for %1 s on this page (limit %2 s)</source>
            <translation>No activity for %1 s on this page (limit %2 s)</translation>
        </message>
        <message>
            <source>%1 clicks within %2 ms within %3 px</source>
            <translation>%1 clicks within %2 ms within %3 px</translation>
        </message>
        <message>
            <source>Returned to the previous page %1 s after leaving it</source>
            <translation>Returned to the previous page %1 s after leaving it</translation>
        </message>
        <message>
            <source>%1 page moves in %2 s</source>
            <translation>%1 page moves in %2 s</translation>
        </message>
        <message>
            <source>%1 s on product %2</source>
            <translation>%1 s on product %2</translation>
        </message>
        <message>
            <source>Scrolling on product %2 after %1 s</source>
            <translation>Scrolling on product %2 after %1 s</translation>
        </message>
        <message>
            <source>Only scrolling for %1 s (%2 scroll events)</source>
            <translation>Only scrolling for %1 s (%2 scroll events)</translation>
        </message>
        <message>
            <source>Tab hidden</source>
            <translation>Tab hidden</translation>
        </message>
        <message>
            <source>Disconnected for %1 s</source>
            <translation>Disconnected for %1 s</translation>
        </message>
        <message>
            <source>Active on the page</source>
            <translation>Active on the page</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>en_US</source>
            <comment>locale name of this translation</comment>
            <translation>en_US</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>%n order</numerusform>
                <numerusform>%n orders</numerusform>
            </translation>
        </message>
        <message>
            <source>under 10</source>
            <translation>under 10</translation>
        </message>
        <message>
            <source>%1s</source>
            <comment>age band, e.g. 30s</comment>
            <translation>%1s</translation>
        </message>
        <message>
            <source>female</source>
            <translation>female</translation>
        </message>
        <message>
            <source>male</source>
            <translation>male</translation>
        </message>
        <message>
            <source>other gender</source>
            <translation>other gender</translation>
        </message>
        <message>
            <source>desktop</source>
            <translation>desktop</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>mobile</translation>
        </message>
        <message>
            <source>tablet</source>
            <translation>tablet</translation>
        </message>
        <message>
            <source>other device</source>
            <translation>other device</translation>
        </message>
        <message>
            <source>main page</source>
            <translation>main page</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>search</source>
            <translation>search</translation>
        </message>
        <message>
            <source>product</source>
            <translation>product</translation>
        </message>
        <message>
            <source>cart</source>
            <translation>cart</translation>
        </message>
        <message>
            <source>checkout</source>
            <translation>checkout</translation>
        </message>
        <message>
            <source>other page</source>
            <translation>other page</translation>
        </message>
        <message>
            <source>Something is wrong</source>
            <translation>Something is wrong</translation>
        </message>
        <message>
            <source>Looking for something</source>
            <translation>Looking for something</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>admin</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>staff</translation>
        </message>
        <message>
            <source>last %1</source>
            <translation>last %1</translation>
        </message>
    </context>
    <context>
        <name>State</name>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Browsing</source>
            <translation>Browsing</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>Interested</translation>
        </message>
        <message>
            <source>Hopping</source>
            <translation>Hopping</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>Stalled</translation>
        </message>
        <message>
            <source>Frustrated</source>
            <translation>Frustrated</translation>
        </message>
        <message>
            <source>Away</source>
            <translation>Away</translation>
        </message>
        <message>
            <source>Gone</source>
            <translation>Gone</translation>
        </message>
        <message>
            <source>Shopping normally</source>
            <translation>Shopping normally</translation>
        </message>
        <message>
            <source>R2: only scrolling for a while; may not have found what they want</source>
            <translation>R2: only scrolling for a while; may not have found what they want</translation>
        </message>
        <message>
            <source>R4: staying on a product page; high interest in this product</source>
            <translation>R4: staying on a product page; high interest in this product</translation>
        </message>
        <message>
            <source>R3: moving between pages often; may have trouble finding something</source>
            <translation>R3: moving between pages often; may have trouble finding something</translation>
        </message>
        <message>
            <source>R1: no activity on the page; the page or the shopping may have a problem</source>
            <translation>R1: no activity on the page; the page or the shopping may have a problem</translation>
        </message>
        <message>
            <source>Rage clicks or bouncing back; something is not working for them</source>
            <translation>Rage clicks or bouncing back; something is not working for them</translation>
        </message>
        <message>
            <source>The shop's tab is hidden</source>
            <translation>The shop's tab is hidden</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>Disconnected</translation>
        </message>
    </context>
    <context>
        <name>Thresholds</name>
        <message>
            <source>No activity before a visitor counts as stalled</source>
            <translation>No activity before a visitor counts as stalled</translation>
        </message>
        <message>
            <source>Time on a page with only scrolling before browsing</source>
            <translation>Time on a page with only scrolling before browsing</translation>
        </message>
        <message>
            <source>Page moves that must be exceeded to count as hopping</source>
            <translation>Page moves that must be exceeded to count as hopping</translation>
        </message>
        <message>
            <source>Window in which page moves are counted</source>
            <translation>Window in which page moves are counted</translation>
        </message>
        <message>
            <source>Time on a product page that shows high interest</source>
            <translation>Time on a product page that shows high interest</translation>
        </message>
        <message>
            <source>Time on a product page after which scrolling shows interest</source>
            <translation>Time on a product page after which scrolling shows interest</translation>
        </message>
        <message>
            <source>Clicks in one spot that count as rage clicking</source>
            <translation>Clicks in one spot that count as rage clicking</translation>
        </message>
        <message>
            <source>Time window for rage clicks</source>
            <translation>Time window for rage clicks</translation>
        </message>
        <message>
            <source>Radius within which rage clicks must land</source>
            <translation>Radius within which rage clicks must land</translation>
        </message>
        <message>
            <source>Return to the previous page within this time counts as frustration</source>
            <translation>Return to the previous page within this time counts as frustration</translation>
        </message>
        <message>
            <source>How long a frustration signal keeps the state</source>
            <translation>How long a frustration signal keeps the state</translation>
        </message>
        <message>
            <source>Time disconnected before a visitor counts as gone</source>
            <translation>Time disconnected before a visitor counts as gone</translation>
        </message>
    </context>
    <context>
        <name>Visitor</name>
        <message>
            <source>anonymous #%1</source>
            <translation>anonymous #%1</translation>
        </message>
    </context>
    <context>
        <name>fw::AlertPolicy</name>
        <message>
            <source>Verified customer %1 is back</source>
            <translation>Verified customer %1 is back</translation>
        </message>
        <message>
            <source>Verified customer %1 arrived</source>
            <translation>Verified customer %1 arrived</translation>
        </message>
        <message>
            <source>%1 is back</source>
            <translation>%1 is back</translation>
        </message>
        <message>
            <source>New visitor: %1</source>
            <translation>New visitor: %1</translation>
        </message>
        <message>
            <source>On %1</source>
            <translation>On %1</translation>
        </message>
        <message numerus="yes">
            <source>%n more visitor(s) arrived</source>
            <translation>
                <numerusform>%n more visitor arrived</numerusform>
                <numerusform>%n more visitors arrived</numerusform>
            </translation>
        </message>
        <message>
            <source>See the visitors list.</source>
            <translation>See the visitors list.</translation>
        </message>
        <message>
            <source>%1 asks for help: %2</source>
            <translation>%1 asks for help: %2</translation>
        </message>
        <message>
            <source>Message from %1</source>
            <translation>Message from %1</translation>
        </message>
    </context>
    <context>
        <name>fw::ChatMessageModel</name>
        <message>
            <source>Help request from %1: %2</source>
            <translation>Help request from %1: %2</translation>
        </message>
        <message>
            <source>%1 at %2: %3</source>
            <translation>%1 at %2: %3</translation>
        </message>
    </context>
    <context>
        <name>fw::ChatPane</name>
        <message>
            <source>A message can have at most %1 characters.</source>
            <translation>A message can have at most %1 characters.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>Not sent: %1</translation>
        </message>
        <message>
            <source>left the shop</source>
            <translation>left the shop</translation>
        </message>
        <message>
            <source>&amp;Claim</source>
            <translation>&amp;Claim</translation>
        </message>
        <message>
            <source>claimed by you</source>
            <translation>claimed by you</translation>
        </message>
        <message>
            <source>&amp;Release</source>
            <translation>&amp;Release</translation>
        </message>
        <message>
            <source>claimed by %1</source>
            <translation>claimed by %1</translation>
        </message>
        <message>
            <source>&amp;Take over</source>
            <translation>&amp;Take over</translation>
        </message>
        <message>
            <source>not claimed</source>
            <translation>not claimed</translation>
        </message>
        <message>
            <source>%1 (1 of %2)</source>
            <translation>%1 (1 of %2)</translation>
        </message>
        <message>
            <source>Edit canned replies…</source>
            <translation>Edit canned replies…</translation>
        </message>
        <message>
            <source>&amp;Conversations</source>
            <translation>&amp;Conversations</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Conversations</translation>
        </message>
        <message>
            <source>Choose a conversation, or open one from the visitors list (double-click or Enter).</source>
            <translation>Choose a conversation, or open one from the visitors list (double-click or Enter).</translation>
        </message>
        <message>
            <source>Show &amp;visitor</source>
            <translation>Show &amp;visitor</translation>
        </message>
        <message>
            <source>Mark &amp;handled</source>
            <translation>Mark &amp;handled</translation>
        </message>
        <message>
            <source>Mark this help request as handled for every console</source>
            <translation>Mark this help request as handled for every console</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>Replies</translation>
        </message>
        <message>
            <source>Canned replies (Alt+1 … Alt+9)</source>
            <translation>Canned replies (Alt+1 … Alt+9)</translation>
        </message>
        <message>
            <source>Canned replies</source>
            <translation>Canned replies</translation>
        </message>
        <message>
            <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
            <translation>Type a message. Enter sends, Shift+Enter starts a new line.</translation>
        </message>
        <message>
            <source>Message to the visitor</source>
            <translation>Message to the visitor</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Send</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Conversation</translation>
        </message>
        <message>
            <source>Open help request</source>
            <translation>Open help request</translation>
        </message>
    </context>
    <context>
        <name>fw::ChatTranscriptView</name>
        <message>
            <source>HELP REQUEST (%1)</source>
            <translation>HELP REQUEST (%1)</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
        <message>
            <source>resolved by %1</source>
            <translation>resolved by %1</translation>
        </message>
    </context>
    <context>
        <name>fw::ConnectionStatusWidget</name>
        <message>
            <source>Online: %1 at %2</source>
            <translation>Online: %1 at %2</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>Connecting to %1…</translation>
        </message>
        <message>
            <source>Logging in to %1…</source>
            <translation>Logging in to %1…</translation>
        </message>
        <message numerus="yes">
            <source>Connection lost. Reconnecting in %n s (attempt %1)…</source>
            <translation>
                <numerusform>Connection lost. Reconnecting in %n s (attempt %1)…</numerusform>
                <numerusform>Connection lost. Reconnecting in %n s (attempt %1)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>Retry now</translation>
        </message>
        <message>
            <source>Connection state</source>
            <translation>Connection state</translation>
        </message>
    </context>
    <context>
        <name>fw::ConsoleConnection</name>
        <message>
            <source>The server did not answer in time.</source>
            <translation>The server did not answer in time.</translation>
        </message>
        <message>
            <source>Logged in again.</source>
            <translation>Logged in again.</translation>
        </message>
        <message>
            <source>The server address must start with ws:// or wss://.</source>
            <translation>The server address must start with ws:// or wss://.</translation>
        </message>
        <message>
            <source>Logged out.</source>
            <translation>Logged out.</translation>
        </message>
        <message>
            <source>Resynchronising.</source>
            <translation>Resynchronising.</translation>
        </message>
        <message>
            <source>The connection to the server was lost.</source>
            <translation>The connection to the server was lost.</translation>
        </message>
        <message>
            <source>Cannot reach the server at %1: %2</source>
            <translation>Cannot reach the server at %1: %2</translation>
        </message>
        <message>
            <source>The server closed the connection during login (%1).</source>
            <translation>The server closed the connection during login (%1).</translation>
        </message>
        <message>
            <source>This console speaks protocol version %1; the server accepts versions %2 to %3. Install the console that matches the server.</source>
            <translation>This console speaks protocol version %1; the server accepts versions %2 to %3. Install the console that matches the server.</translation>
        </message>
        <message>
            <source>The server refused the login (%1).</source>
            <translation>The server refused the login (%1).</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message numerus="yes">
            <source>Too many failed logins. Try again in %n second(s).</source>
            <translation>
                <numerusform>Too many failed logins. Try again in %n second.</numerusform>
                <numerusform>Too many failed logins. Try again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>This account is disabled or its password was changed. Ask an admin.</source>
            <translation>This account is disabled or its password was changed. Ask an admin.</translation>
        </message>
        <message>
            <source>The server speaks a different protocol version. Install the console that matches the server.</source>
            <translation>The server speaks a different protocol version. Install the console that matches the server.</translation>
        </message>
        <message>
            <source>Cannot reach the server.</source>
            <translation>Cannot reach the server.</translation>
        </message>
        <message>
            <source>That address is not a Floorwalker server.</source>
            <translation>That address is not a Floorwalker server.</translation>
        </message>
        <message>
            <source>Your login has expired. Log in again.</source>
            <translation>Your login has expired. Log in again.</translation>
        </message>
        <message>
            <source>The server closed the connection after too many failed logins.</source>
            <translation>The server closed the connection after too many failed logins.</translation>
        </message>
        <message>
            <source>The server sent something this console does not understand.</source>
            <translation>The server sent something this console does not understand.</translation>
        </message>
        <message>
            <source>Not connected to the server.</source>
            <translation>Not connected to the server.</translation>
        </message>
    </context>
    <context>
        <name>fw::ConsoleSession</name>
        <message>
            <source>Only an admin may do that.</source>
            <translation>Only an admin may do that.</translation>
        </message>
        <message>
            <source>Another staff member has claimed this visitor.</source>
            <translation>Another staff member has claimed this visitor.</translation>
        </message>
        <message>
            <source>That visitor or item is no longer there.</source>
            <translation>That visitor or item is no longer there.</translation>
        </message>
        <message>
            <source>That conflicts with the current state: %1</source>
            <translation>That conflicts with the current state: %1</translation>
        </message>
        <message>
            <source>The server cannot do that now.</source>
            <translation>The server cannot do that now.</translation>
        </message>
        <message>
            <source>The server did not accept a value: %1</source>
            <translation>The server did not accept a value: %1</translation>
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation>The server did not answer in time.</translation>
        </message>
    </context>
    <context>
        <name>fw::ConversationListModel</name>
        <message numerus="yes">
            <source>%n open help request(s)</source>
            <translation>
                <numerusform>%n open help request</numerusform>
                <numerusform>%n open help requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n unread</numerusform>
                <numerusform>%n unread</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fw::KeychainSecretStore</name>
        <message>
            <source>The system keychain did not answer.</source>
            <translation>The system keychain did not answer.</translation>
        </message>
    </context>
    <context>
        <name>fw::LoginDialog</name>
        <message>
            <source>The remembered password could not be read from the system keychain (%1). Type it in.</source>
            <translation>The remembered password could not be read from the system keychain (%1). Type it in.</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>Logging in…</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <source>Enter the server address, e.g. ws://shop.example:8081/v1/console.</source>
            <translation>Enter the server address, e.g. ws://shop.example:8081/v1/console.</translation>
        </message>
        <message>
            <source>User names are 2 to 64 letters, digits, dots, dashes or underscores.</source>
            <translation>User names are 2 to 64 letters, digits, dots, dashes or underscores.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>Enter your password.</translation>
        </message>
        <message>
            <source>The password was not remembered: %1</source>
            <translation>The password was not remembered: %1</translation>
        </message>
        <message>
            <source>Log in to Floorwalker</source>
            <translation>Log in to Floorwalker</translation>
        </message>
        <message>
            <source>Log in to your shop's Floorwalker server to see its visitors live.</source>
            <translation>Log in to your shop's Floorwalker server to see its visitors live.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>ws://host:port/v1/console</source>
            <translation>ws://host:port/v1/console</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Server address</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the system keychain</source>
            <translation>&amp;Remember the password in the system keychain</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
    </context>
    <context>
        <name>fw::MainWindow</name>
        <message>
            <source>%1 changed the behaviour thresholds.</source>
            <translation>%1 changed the behaviour thresholds.</translation>
        </message>
        <message>
            <source>About Floorwalker</source>
            <translation>About Floorwalker</translation>
        </message>
        <message>
            <source>Floorwalker console %1
Qt %2
Server %3</source>
            <translation>Floorwalker console %1
Qt %2
Server %3</translation>
        </message>
        <message>
            <source>Filter by visitor, page, address or staff (Ctrl+F)</source>
            <translation>Filter by visitor, page, address or staff (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter visitors</source>
            <translation>Filter visitors</translation>
        </message>
        <message>
            <source>S&amp;tate:</source>
            <translation>S&amp;tate:</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>Filter by state</source>
            <translation>Filter by state</translation>
        </message>
        <message>
            <source>"Needs attention": frustrated, stalled, interested, hopping, or asking for help</source>
            <translation>"Needs attention": frustrated, stalled, interested, hopping, or asking for help</translation>
        </message>
        <message>
            <source>&amp;Verified customers only</source>
            <translation>&amp;Verified customers only</translation>
        </message>
        <message>
            <source>Order held while you read (F5 re-sorts)</source>
            <translation>Order held while you read (F5 re-sorts)</translation>
        </message>
        <message>
            <source>Live visitors</source>
            <translation>Live visitors</translation>
        </message>
        <message>
            <source>Visitor details</source>
            <translation>Visitor details</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Chat</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>&amp;Log out</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Filter visitors</source>
            <translation>&amp;Filter visitors</translation>
        </message>
        <message>
            <source>&amp;Re-sort now</source>
            <translation>&amp;Re-sort now</translation>
        </message>
        <message>
            <source>Go to the &amp;visitor list</source>
            <translation>Go to the &amp;visitor list</translation>
        </message>
        <message>
            <source>Go to the &amp;message box</source>
            <translation>Go to the &amp;message box</translation>
        </message>
        <message>
            <source>Go to the &amp;conversations</source>
            <translation>Go to the &amp;conversations</translation>
        </message>
        <message>
            <source>&amp;Chat with visitor</source>
            <translation>&amp;Chat with visitor</translation>
        </message>
        <message>
            <source>C&amp;laim or release visitor</source>
            <translation>C&amp;laim or release visitor</translation>
        </message>
        <message>
            <source>Copy page &amp;address</source>
            <translation>Copy page &amp;address</translation>
        </message>
        <message>
            <source>My &amp;preferences…</source>
            <translation>My &amp;preferences…</translation>
        </message>
        <message>
            <source>&amp;Behaviour thresholds…</source>
            <translation>&amp;Behaviour thresholds…</translation>
        </message>
        <message>
            <source>&amp;Staff accounts…</source>
            <translation>&amp;Staff accounts…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About Floorwalker</source>
            <translation>&amp;About Floorwalker</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>V&amp;isitor</source>
            <translation>V&amp;isitor</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Settings</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Show Floorwalker</source>
            <translation>&amp;Show Floorwalker</translation>
        </message>
        <message numerus="yes">
            <source>%n visitor(s)</source>
            <translation>
                <numerusform>%n visitor</numerusform>
                <numerusform>%n visitors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n visitor(s)</source>
            <translation>
                <numerusform>%1 of %n visitor</numerusform>
                <numerusform>%1 of %n visitors</numerusform>
            </translation>
        </message>
        <message>
            <source>Floorwalker console</source>
            <translation>Floorwalker console</translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n unread</numerusform>
                <numerusform>%n unread</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread message(s)</source>
            <translation>
                <numerusform>%n unread message</numerusform>
                <numerusform>%n unread messages</numerusform>
            </translation>
        </message>
        <message>
            <source>Take over visitor</source>
            <translation>Take over visitor</translation>
        </message>
        <message>
            <source>%1 is claimed by another staff member. Take them over?</source>
            <translation>%1 is claimed by another staff member. Take them over?</translation>
        </message>
        <message>
            <source>You claimed %1.</source>
            <translation>You claimed %1.</translation>
        </message>
        <message>
            <source>Could not claim: %1</source>
            <translation>Could not claim: %1</translation>
        </message>
        <message>
            <source>You released %1.</source>
            <translation>You released %1.</translation>
        </message>
        <message>
            <source>Could not release: %1</source>
            <translation>Could not release: %1</translation>
        </message>
        <message>
            <source>&amp;Release</source>
            <translation>&amp;Release</translation>
        </message>
        <message>
            <source>&amp;Claim</source>
            <translation>&amp;Claim</translation>
        </message>
        <message>
            <source>Enter in the visitor list	Open the chat with that visitor</source>
            <translation>Enter in the visitor list	Open the chat with that visitor</translation>
        </message>
        <message>
            <source>Enter in the message box	Send (Shift+Enter: new line)</source>
            <translation>Enter in the message box	Send (Shift+Enter: new line)</translation>
        </message>
        <message>
            <source>Alt+1 … Alt+9 in the chat	Insert a canned reply</source>
            <translation>Alt+1 … Alt+9 in the chat	Insert a canned reply</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Not connected: the thresholds shown may be out of date.</source>
            <translation>Not connected: the thresholds shown may be out of date.</translation>
        </message>
        <message>
            <source>Reconnected; the list is up to date.</source>
            <translation>Reconnected; the list is up to date.</translation>
        </message>
        <message>
            <source>Logged in as %1.</source>
            <translation>Logged in as %1.</translation>
        </message>
    </context>
    <context>
        <name>fw::NotificationBanner</name>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>Dismiss alert</source>
            <translation>Dismiss alert</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>Alert</translation>
        </message>
    </context>
    <context>
        <name>fw::PreferencesPage</name>
        <message>
            <source>New reply</source>
            <translation>New reply</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>Alert me when &amp;any visitor arrives</source>
            <translation>Alert me when &amp;any visitor arrives</translation>
        </message>
        <message>
            <source>Alert me only for &amp;verified customers</source>
            <translation>Alert me only for &amp;verified customers</translation>
        </message>
        <message>
            <source>&amp;No arrival alerts</source>
            <translation>&amp;No arrival alerts</translation>
        </message>
        <message>
            <source>Help requests and messages from visitors always alert you.</source>
            <translation>Help requests and messages from visitors always alert you.</translation>
        </message>
        <message>
            <source>Play a &amp;sound with alerts</source>
            <translation>Play a &amp;sound with alerts</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <source>Canned replies (Alt+1 … Alt+9 in the chat)</source>
            <translation>Canned replies (Alt+1 … Alt+9 in the chat)</translation>
        </message>
        <message>
            <source>Canned replies</source>
            <translation>Canned replies</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <source>Restore de&amp;faults</source>
            <translation>Restore de&amp;faults</translation>
        </message>
    </context>
    <context>
        <name>fw::SettingsDialog</name>
        <message>
            <source>Saving the thresholds…</source>
            <translation>Saving the thresholds…</translation>
        </message>
        <message>
            <source>The server did not take the thresholds: %1</source>
            <translation>The server did not take the thresholds: %1</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;My preferences</source>
            <translation>&amp;My preferences</translation>
        </message>
        <message>
            <source>&amp;Behaviour thresholds</source>
            <translation>&amp;Behaviour thresholds</translation>
        </message>
        <message>
            <source>&amp;Staff accounts</source>
            <translation>&amp;Staff accounts</translation>
        </message>
    </context>
    <context>
        <name>fw::StaffAccountDialog</name>
        <message>
            <source>Add a staff account</source>
            <translation>Add a staff account</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>New password for %1</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>&amp;Display name:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Confirm:</source>
            <translation>&amp;Confirm:</translation>
        </message>
        <message>
            <source>User names are 2 to 64 letters, digits, dots, dashes or underscores.</source>
            <translation>User names are 2 to 64 letters, digits, dots, dashes or underscores.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>The password needs at least %1 characters.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>fw::StaffAccountsModel</name>
        <message>
            <source>disabled</source>
            <translation>disabled</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
    </context>
    <context>
        <name>fw::StaffAccountsPage</name>
        <message>
            <source>Account %1 added.</source>
            <translation>Account %1 added.</translation>
        </message>
        <message>
            <source>Could not add %1: %2</source>
            <translation>Could not add %1: %2</translation>
        </message>
        <message>
            <source>Account %1 disabled; its consoles were logged out.</source>
            <translation>Account %1 disabled; its consoles were logged out.</translation>
        </message>
        <message>
            <source>Account %1 enabled.</source>
            <translation>Account %1 enabled.</translation>
        </message>
        <message>
            <source>Could not change %1: %2</source>
            <translation>Could not change %1: %2</translation>
        </message>
        <message>
            <source>New password set for %1; its consoles must log in again.</source>
            <translation>New password set for %1; its consoles must log in again.</translation>
        </message>
        <message>
            <source>Could not reset %1: %2</source>
            <translation>Could not reset %1: %2</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Enable</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>You cannot disable your own account.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Re&amp;load</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>Staff accounts</translation>
        </message>
    </context>
    <context>
        <name>fw::StateBadge</name>
        <message>
            <source>Behaviour state</source>
            <translation>Behaviour state</translation>
        </message>
    </context>
    <context>
        <name>fw::StateTimelineModel</name>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
    </context>
    <context>
        <name>fw::ThresholdsPage</name>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source> ms</source>
            <comment>milliseconds</comment>
            <translation> ms</translation>
        </message>
        <message>
            <source> px</source>
            <comment>pixels</comment>
            <translation> px</translation>
        </message>
        <message>
            <source> moves</source>
            <translation> moves</translation>
        </message>
        <message>
            <source> clicks</source>
            <translation> clicks</translation>
        </message>
        <message>
            <source>%1 changed the thresholds just now.</source>
            <translation>%1 changed the thresholds just now.</translation>
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation>Enter a whole number.</translation>
        </message>
        <message>
            <source>Must be between %1 and %2%3.</source>
            <translation>Must be between %1 and %2%3.</translation>
        </message>
        <message>
            <source>These rules decide each visitor's behaviour state. A change applies to every live visitor at once and every console sees it.</source>
            <translation>These rules decide each visitor's behaviour state. A change applies to every live visitor at once and every console sees it.</translation>
        </message>
        <message>
            <source>Only an admin can change the behaviour thresholds. These are the values the server uses now.</source>
            <translation>Only an admin can change the behaviour thresholds. These are the values the server uses now.</translation>
        </message>
        <message>
            <source>%1–%2, default %3</source>
            <translation>%1–%2, default %3</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>Reset to the default value</source>
            <translation>Reset to the default value</translation>
        </message>
        <message>
            <source>Restore all &amp;defaults</source>
            <translation>Restore all &amp;defaults</translation>
        </message>
        <message>
            <source>Last changed by %1 at %2.</source>
            <translation>Last changed by %1 at %2.</translation>
        </message>
        <message>
            <source>Last changed by %1.</source>
            <translation>Last changed by %1.</translation>
        </message>
        <message>
            <source>No admin has changed them yet.</source>
            <translation>No admin has changed them yet.</translation>
        </message>
    </context>
    <context>
        <name>fw::TrailModel</name>
        <message>
            <source>Entered at %1</source>
            <translation>Entered at %1</translation>
        </message>
        <message>
            <source>Left at %1</source>
            <translation>Left at %1</translation>
        </message>
        <message>
            <source>The visitor is on this page now</source>
            <translation>The visitor is on this page now</translation>
        </message>
        <message>
            <source>Visible time: %1</source>
            <translation>Visible time: %1</translation>
        </message>
        <message>
            <source>Wall time: %1</source>
            <translation>Wall time: %1</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Entered</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Dwell</source>
            <translation>Dwell</translation>
        </message>
    </context>
    <context>
        <name>fw::VisitorDetailWidget</name>
        <message>
            <source>Verified customer</source>
            <translation>Verified customer</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>Anonymous</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>since %1</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>none known</source>
            <translation>none known</translation>
        </message>
        <message>
            <source>direct</source>
            <translation>direct</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>nobody</translation>
        </message>
        <message>
            <source>&amp;Release</source>
            <translation>&amp;Release</translation>
        </message>
        <message>
            <source>&amp;Take over</source>
            <translation>&amp;Take over</translation>
        </message>
        <message>
            <source>Claimed by other</source>
            <translation>Claimed by other</translation>
        </message>
        <message>
            <source>&amp;Claim</source>
            <translation>&amp;Claim</translation>
        </message>
        <message>
            <source>%1 visible, %2 wall</source>
            <translation>%1 visible, %2 wall</translation>
        </message>
        <message>
            <source>%1 (since %2)</source>
            <translation>%1 (since %2)</translation>
        </message>
        <message>
            <source>Select a visitor in the list to see their profile, trail and behaviour.</source>
            <translation>Select a visitor in the list to see their profile, trail and behaviour.</translation>
        </message>
        <message>
            <source>This visitor has left the shop.</source>
            <translation>This visitor has left the shop.</translation>
        </message>
        <message>
            <source>C&amp;hat</source>
            <translation>C&amp;hat</translation>
        </message>
        <message>
            <source>Open the 1:1 chat with this visitor</source>
            <translation>Open the 1:1 chat with this visitor</translation>
        </message>
        <message>
            <source>Mark this visitor as yours for every console</source>
            <translation>Mark this visitor as yours for every console</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Age, gender</source>
            <translation>Age, gender</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Purchases</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Device</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>Came from</translation>
        </message>
        <message>
            <source>On page</source>
            <translation>On page</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Claimed by</source>
            <translation>Claimed by</translation>
        </message>
        <message>
            <source>URL trail (%1)</source>
            <translation>URL trail (%1)</translation>
        </message>
        <message>
            <source>Behaviour (%1)</source>
            <translation>Behaviour (%1)</translation>
        </message>
        <message>
            <source>URL trail</source>
            <translation>URL trail</translation>
        </message>
        <message>
            <source>Behaviour timeline</source>
            <translation>Behaviour timeline</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
    </context>
    <context>
        <name>fw::VisitorTableModel</name>
        <message>
            <source>verified customer</source>
            <translation>verified customer</translation>
        </message>
        <message>
            <source>scrolled %1 percent</source>
            <translation>scrolled %1 percent</translation>
        </message>
        <message>
            <source>scrolling now</source>
            <translation>scrolling now</translation>
        </message>
        <message numerus="yes">
            <source>%n open help request(s)</source>
            <translation>
                <numerusform>%n open help request</numerusform>
                <numerusform>%n open help requests</numerusform>
            </translation>
        </message>
        <message>
            <source>no help requested</source>
            <translation>no help requested</translation>
        </message>
        <message>
            <source>Verified customer</source>
            <translation>Verified customer</translation>
        </message>
        <message>
            <source>Anonymous visitor</source>
            <translation>Anonymous visitor</translation>
        </message>
        <message>
            <source>Purchases: %1</source>
            <translation>Purchases: %1</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>Language: %1</translation>
        </message>
        <message>
            <source>Came from: %1</source>
            <translation>Came from: %1</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>Since %1</translation>
        </message>
        <message>
            <source>Searched for: %1</source>
            <translation>Searched for: %1</translation>
        </message>
        <message>
            <source>Visible time on this page: %1</source>
            <translation>Visible time on this page: %1</translation>
        </message>
        <message>
            <source>Wall time on this page: %1</source>
            <translation>Wall time on this page: %1</translation>
        </message>
        <message>
            <source>Entered at %1</source>
            <translation>Entered at %1</translation>
        </message>
        <message>
            <source>The tab is hidden: the visible time is paused.</source>
            <translation>The tab is hidden: the visible time is paused.</translation>
        </message>
        <message>
            <source>On the site since %1</source>
            <translation>On the site since %1</translation>
        </message>
        <message>
            <source>Scrolled to %1% of this page (deepest %2%)</source>
            <translation>Scrolled to %1% of this page (deepest %2%)</translation>
        </message>
        <message>
            <source>Scrolling now</source>
            <translation>Scrolling now</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) viewed in this session</source>
            <translation>
                <numerusform>%n page viewed in this session</numerusform>
                <numerusform>%n pages viewed in this session</numerusform>
            </translation>
        </message>
        <message>
            <source>No open help request</source>
            <translation>No open help request</translation>
        </message>
        <message>
            <source>Not claimed</source>
            <translation>Not claimed</translation>
        </message>
        <message>
            <source>Claimed by %1 (%2)</source>
            <translation>Claimed by %1 (%2)</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Visitor</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Current page</source>
            <translation>Current page</translation>
        </message>
        <message>
            <source>On page</source>
            <translation>On page</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>On site</translation>
        </message>
        <message>
            <source>Scroll</source>
            <translation>Scroll</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Claimed by</source>
            <translation>Claimed by</translation>
        </message>
        <message>
            <source>Visible time on the current page; the wall time is in each cell's tooltip</source>
            <translation>Visible time on the current page; the wall time is in each cell's tooltip</translation>
        </message>
        <message>
            <source>Time since the session started</source>
            <translation>Time since the session started</translation>
        </message>
        <message>
            <source>How far down the page the visitor has seen; the mark shows live scrolling</source>
            <translation>How far down the page the visitor has seen; the mark shows live scrolling</translation>
        </message>
        <message>
            <source>Pages viewed in this session</source>
            <translation>Pages viewed in this session</translation>
        </message>
        <message>
            <source>Open help requests</source>
            <translation>Open help requests</translation>
        </message>
    </context>
</TS>
