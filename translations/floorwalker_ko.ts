<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>ConsoleOptions</name>
        <message>
            <source>Floorwalker console: live shop visitors, chat and alerts for staff.</source>
            <translation>Floorwalker 콘솔: 매장 직원을 위한 실시간 방문자, 채팅, 알림.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>이 도움말을 표시합니다.</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>버전을 표시합니다.</translation>
        </message>
        <message>
            <source>Console WebSocket address, e.g. ws://127.0.0.1:8081/v1/console.</source>
            <translation>콘솔 WebSocket 주소. 예: ws://127.0.0.1:8081/v1/console</translation>
        </message>
        <message>
            <source>User name.</source>
            <translation>사용자 이름.</translation>
        </message>
        <message>
            <source>Read the password from the first line of standard input and log in without the dialog.</source>
            <translation>표준 입력의 첫 줄에서 비밀번호를 읽어 로그인 창 없이 로그인합니다.</translation>
        </message>
        <message>
            <source>User interface language: ko or en.</source>
            <translation>화면 언어: ko 또는 en.</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>알 수 없는 인수 "%1".</translation>
        </message>
        <message>
            <source>--server needs a ws:// or wss:// address.</source>
            <translation>--server에는 ws:// 또는 wss:// 주소가 필요합니다.</translation>
        </message>
        <message>
            <source>--user: user names are 2-64 of A-Z a-z 0-9 . _ -</source>
            <translation>--user: 사용자 이름은 A-Z a-z 0-9 . _ - 중 2~64자입니다.</translation>
        </message>
        <message>
            <source>--password-stdin needs --server and --user.</source>
            <translation>--password-stdin에는 --server와 --user가 필요합니다.</translation>
        </message>
        <message>
            <source>--language must be ko or en.</source>
            <translation>--language는 ko 또는 en이어야 합니다.</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>No activity for %1 s on this page (limit %2 s)</source>
            <translation>이 페이지에서 %1초 동안 아무 활동 없음 (기준 %2초)</translation>
        </message>
        <message>
            <source>%1 clicks within %2 ms within %3 px</source>
            <translation>%2ms 안에 %3px 범위에서 %1번 클릭</translation>
        </message>
        <message>
            <source>Returned to the previous page %1 s after leaving it</source>
            <translation>이전 페이지를 떠난 지 %1초 만에 되돌아감</translation>
        </message>
        <message>
            <source>%1 page moves in %2 s</source>
            <translation>%2초 동안 페이지 이동 %1회</translation>
        </message>
        <message>
            <source>%1 s on product %2</source>
            <translation>상품 %2 페이지에 %1초 머무름</translation>
        </message>
        <message>
            <source>Scrolling on product %2 after %1 s</source>
            <translation>상품 %2 페이지에서 %1초 후 스크롤 중</translation>
        </message>
        <message>
            <source>Only scrolling for %1 s (%2 scroll events)</source>
            <translation>%1초 동안 스크롤만 함 (스크롤 %2회)</translation>
        </message>
        <message>
            <source>Tab hidden</source>
            <translation>탭이 숨겨짐</translation>
        </message>
        <message>
            <source>Disconnected for %1 s</source>
            <translation>%1초 동안 연결 끊김</translation>
        </message>
        <message>
            <source>Active on the page</source>
            <translation>페이지에서 활동 중</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>en_US</source>
            <comment>locale name of this translation</comment>
            <translation>ko_KR</translation>
        </message>
        <message numerus="yes">
            <source>%n order(s)</source>
            <translation>
                <numerusform>주문 %n건</numerusform>
            </translation>
        </message>
        <message>
            <source>under 10</source>
            <translation>10세 미만</translation>
        </message>
        <message>
            <source>%1s</source>
            <comment>age band, e.g. 30s</comment>
            <translation>%1대</translation>
        </message>
        <message>
            <source>female</source>
            <translation>여성</translation>
        </message>
        <message>
            <source>male</source>
            <translation>남성</translation>
        </message>
        <message>
            <source>other gender</source>
            <translation>기타 성별</translation>
        </message>
        <message>
            <source>desktop</source>
            <translation>데스크톱</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>모바일</translation>
        </message>
        <message>
            <source>tablet</source>
            <translation>태블릿</translation>
        </message>
        <message>
            <source>other device</source>
            <translation>기타 기기</translation>
        </message>
        <message>
            <source>main page</source>
            <translation>메인 페이지</translation>
        </message>
        <message>
            <source>category</source>
            <translation>카테고리</translation>
        </message>
        <message>
            <source>search</source>
            <translation>검색</translation>
        </message>
        <message>
            <source>product</source>
            <translation>상품</translation>
        </message>
        <message>
            <source>cart</source>
            <translation>장바구니</translation>
        </message>
        <message>
            <source>checkout</source>
            <translation>주문/결제</translation>
        </message>
        <message>
            <source>other page</source>
            <translation>기타 페이지</translation>
        </message>
        <message>
            <source>Something is wrong</source>
            <translation>불편 사항</translation>
        </message>
        <message>
            <source>Looking for something</source>
            <translation>요청 사항</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>관리자</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>직원</translation>
        </message>
        <message>
            <source>last %1</source>
            <translation>최근 %1</translation>
        </message>
    </context>
    <context>
        <name>State</name>
        <message>
            <source>Active</source>
            <translation>활동 중</translation>
        </message>
        <message>
            <source>Browsing</source>
            <translation>둘러보는 중</translation>
        </message>
        <message>
            <source>Interested</source>
            <translation>관심 높음</translation>
        </message>
        <message>
            <source>Hopping</source>
            <translation>페이지 이동 잦음</translation>
        </message>
        <message>
            <source>Stalled</source>
            <translation>멈춤</translation>
        </message>
        <message>
            <source>Frustrated</source>
            <translation>불편 겪는 중</translation>
        </message>
        <message>
            <source>Away</source>
            <translation>자리 비움</translation>
        </message>
        <message>
            <source>Gone</source>
            <translation>떠남</translation>
        </message>
        <message>
            <source>Shopping normally</source>
            <translation>평소처럼 쇼핑 중</translation>
        </message>
        <message>
            <source>R2: only scrolling for a while; may not have found what they want</source>
            <translation>R2: 한동안 스크롤만 함. 원하는 상품을 아직 못 찾았을 수 있음</translation>
        </message>
        <message>
            <source>R4: staying on a product page; high interest in this product</source>
            <translation>R4: 상품 상세 페이지에 머무름. 이 상품에 관심이 높음</translation>
        </message>
        <message>
            <source>R3: moving between pages often; may have trouble finding something</source>
            <translation>R3: 페이지를 자주 옮김. 찾는 데 어려움이 있을 수 있음</translation>
        </message>
        <message>
            <source>R1: no activity on the page; the page or the shopping may have a problem</source>
            <translation>R1: 페이지에서 활동 없음. 페이지나 쇼핑에 문제가 있을 수 있음</translation>
        </message>
        <message>
            <source>Rage clicks or bouncing back; something is not working for them</source>
            <translation>연타 클릭 또는 곧바로 되돌아감. 무언가 제대로 되지 않음</translation>
        </message>
        <message>
            <source>The shop's tab is hidden</source>
            <translation>쇼핑몰 탭이 숨겨져 있음</translation>
        </message>
        <message>
            <source>Disconnected</source>
            <translation>연결 끊김</translation>
        </message>
    </context>
    <context>
        <name>Thresholds</name>
        <message>
            <source>No activity before a visitor counts as stalled</source>
            <translation>활동이 없으면 '멈춤'으로 보는 시간</translation>
        </message>
        <message>
            <source>Time on a page with only scrolling before browsing</source>
            <translation>스크롤만 하며 머물면 '둘러보는 중'으로 보는 시간</translation>
        </message>
        <message>
            <source>Page moves that must be exceeded to count as hopping</source>
            <translation>이 횟수를 넘게 이동하면 '페이지 이동 잦음'</translation>
        </message>
        <message>
            <source>Window in which page moves are counted</source>
            <translation>페이지 이동 횟수를 세는 시간 범위</translation>
        </message>
        <message>
            <source>Time on a product page that shows high interest</source>
            <translation>상품 페이지에 이만큼 머물면 '관심 높음'</translation>
        </message>
        <message>
            <source>Time on a product page after which scrolling shows interest</source>
            <translation>상품 페이지에서 이 시간 뒤 스크롤하면 '관심 높음'</translation>
        </message>
        <message>
            <source>Clicks in one spot that count as rage clicking</source>
            <translation>한 곳을 이만큼 클릭하면 연타 클릭</translation>
        </message>
        <message>
            <source>Time window for rage clicks</source>
            <translation>연타 클릭을 세는 시간 범위</translation>
        </message>
        <message>
            <source>Radius within which rage clicks must land</source>
            <translation>연타 클릭으로 보는 반경</translation>
        </message>
        <message>
            <source>Return to the previous page within this time counts as frustration</source>
            <translation>이 시간 안에 이전 페이지로 돌아가면 '불편 겪는 중'</translation>
        </message>
        <message>
            <source>How long a frustration signal keeps the state</source>
            <translation>'불편 겪는 중' 상태를 유지하는 시간</translation>
        </message>
        <message>
            <source>Time disconnected before a visitor counts as gone</source>
            <translation>연결이 끊긴 뒤 '떠남'으로 보는 시간</translation>
        </message>
    </context>
    <context>
        <name>Visitor</name>
        <message>
            <source>anonymous #%1</source>
            <translation>익명 #%1</translation>
        </message>
    </context>
    <context>
        <name>fw::AlertPolicy</name>
        <message>
            <source>Verified customer %1 is back</source>
            <translation>인증 고객 %1 님이 다시 왔습니다</translation>
        </message>
        <message>
            <source>Verified customer %1 arrived</source>
            <translation>인증 고객 %1 님이 접속했습니다</translation>
        </message>
        <message>
            <source>%1 is back</source>
            <translation>%1 방문자가 다시 왔습니다</translation>
        </message>
        <message>
            <source>New visitor: %1</source>
            <translation>새 방문자: %1</translation>
        </message>
        <message>
            <source>On %1</source>
            <translation>보는 페이지: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n more visitor(s) arrived</source>
            <translation>
                <numerusform>방문자 %n명이 더 접속했습니다</numerusform>
            </translation>
        </message>
        <message>
            <source>See the visitors list.</source>
            <translation>방문자 목록을 확인하세요.</translation>
        </message>
        <message>
            <source>%1 asks for help: %2</source>
            <translation>%1 님의 도움 요청: %2</translation>
        </message>
        <message>
            <source>Message from %1</source>
            <translation>%1 님의 메시지</translation>
        </message>
    </context>
    <context>
        <name>fw::ChatMessageModel</name>
        <message>
            <source>Help request from %1: %2</source>
            <translation>%1 님의 도움 요청: %2</translation>
        </message>
        <message>
            <source>%1 at %2: %3</source>
            <translation>%1, %2: %3</translation>
        </message>
    </context>
    <context>
        <name>fw::ChatPane</name>
        <message>
            <source>A message can have at most %1 characters.</source>
            <translation>메시지는 최대 %1자까지 쓸 수 있습니다.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>보내는 중…</translation>
        </message>
        <message>
            <source>Not sent: %1</source>
            <translation>보내지 못했습니다: %1</translation>
        </message>
        <message>
            <source>left the shop</source>
            <translation>쇼핑몰을 떠남</translation>
        </message>
        <message>
            <source>&amp;Claim</source>
            <translation>담당하기(&amp;C)</translation>
        </message>
        <message>
            <source>claimed by you</source>
            <translation>내가 담당</translation>
        </message>
        <message>
            <source>&amp;Release</source>
            <translation>담당 해제(&amp;R)</translation>
        </message>
        <message>
            <source>claimed by %1</source>
            <translation>%1 담당</translation>
        </message>
        <message>
            <source>&amp;Take over</source>
            <translation>담당 넘겨받기(&amp;T)</translation>
        </message>
        <message>
            <source>not claimed</source>
            <translation>담당자 없음</translation>
        </message>
        <message>
            <source>%1 (1 of %2)</source>
            <translation>%1 (%2건 중 1)</translation>
        </message>
        <message>
            <source>Edit canned replies…</source>
            <translation>자주 쓰는 답변 편집…</translation>
        </message>
        <message>
            <source>&amp;Conversations</source>
            <translation>대화(&amp;C)</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>대화</translation>
        </message>
        <message>
            <source>Choose a conversation, or open one from the visitors list (double-click or Enter).</source>
            <translation>대화를 고르거나, 방문자 목록에서 방문자를 여세요 (더블클릭 또는 Enter).</translation>
        </message>
        <message>
            <source>Show &amp;visitor</source>
            <translation>방문자 보기(&amp;V)</translation>
        </message>
        <message>
            <source>Mark &amp;handled</source>
            <translation>처리 완료(&amp;H)</translation>
        </message>
        <message>
            <source>Mark this help request as handled for every console</source>
            <translation>이 도움 요청을 모든 콘솔에서 처리 완료로 표시합니다</translation>
        </message>
        <message>
            <source>Replies</source>
            <translation>답변</translation>
        </message>
        <message>
            <source>Canned replies (Alt+1 … Alt+9)</source>
            <translation>자주 쓰는 답변 (Alt+1 … Alt+9)</translation>
        </message>
        <message>
            <source>Canned replies</source>
            <translation>자주 쓰는 답변</translation>
        </message>
        <message>
            <source>Type a message. Enter sends, Shift+Enter starts a new line.</source>
            <translation>메시지를 입력하세요. Enter로 보내고 Shift+Enter로 줄을 바꿉니다.</translation>
        </message>
        <message>
            <source>Message to the visitor</source>
            <translation>방문자에게 보낼 메시지</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>보내기(&amp;S)</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>대화 내용</translation>
        </message>
        <message>
            <source>Open help request</source>
            <translation>처리 안 된 도움 요청</translation>
        </message>
    </context>
    <context>
        <name>fw::ChatTranscriptView</name>
        <message>
            <source>HELP REQUEST (%1)</source>
            <translation>도움 요청 (%1)</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>처리 완료</translation>
        </message>
        <message>
            <source>resolved by %1</source>
            <translation>%1 님이 처리함</translation>
        </message>
    </context>
    <context>
        <name>fw::ConnectionStatusWidget</name>
        <message>
            <source>Online: %1 at %2</source>
            <translation>연결됨: %1 @ %2</translation>
        </message>
        <message>
            <source>Connecting to %1…</source>
            <translation>%1에 연결하는 중…</translation>
        </message>
        <message>
            <source>Logging in to %1…</source>
            <translation>%1에 로그인하는 중…</translation>
        </message>
        <message numerus="yes">
            <source>Connection lost. Reconnecting in %n s (attempt %1)…</source>
            <translation>
                <numerusform>연결이 끊겼습니다. %n초 뒤 다시 연결합니다 (%1번째 시도)…</numerusform>
            </translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>연결 안 됨</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>지금 다시 시도</translation>
        </message>
        <message>
            <source>Connection state</source>
            <translation>연결 상태</translation>
        </message>
    </context>
    <context>
        <name>fw::ConsoleConnection</name>
        <message>
            <source>The server did not answer in time.</source>
            <translation>서버가 제시간에 응답하지 않았습니다.</translation>
        </message>
        <message>
            <source>Logged in again.</source>
            <translation>다시 로그인했습니다.</translation>
        </message>
        <message>
            <source>The server address must start with ws:// or wss://.</source>
            <translation>서버 주소는 ws:// 또는 wss://로 시작해야 합니다.</translation>
        </message>
        <message>
            <source>Logged out.</source>
            <translation>로그아웃했습니다.</translation>
        </message>
        <message>
            <source>Resynchronising.</source>
            <translation>다시 동기화하는 중입니다.</translation>
        </message>
        <message>
            <source>The connection to the server was lost.</source>
            <translation>서버와의 연결이 끊겼습니다.</translation>
        </message>
        <message>
            <source>Cannot reach the server at %1: %2</source>
            <translation>%1 서버에 연결할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>The server closed the connection during login (%1).</source>
            <translation>로그인 중에 서버가 연결을 끊었습니다 (%1).</translation>
        </message>
        <message>
            <source>This console speaks protocol version %1; the server accepts versions %2 to %3. Install the console that matches the server.</source>
            <translation>이 콘솔은 프로토콜 버전 %1을 쓰고, 서버는 버전 %2~%3만 받습니다. 서버에 맞는 콘솔을 설치하세요.</translation>
        </message>
        <message>
            <source>The server refused the login (%1).</source>
            <translation>서버가 로그인을 거부했습니다 (%1).</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>사용자 이름 또는 비밀번호가 틀렸습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Too many failed logins. Try again in %n second(s).</source>
            <translation>
                <numerusform>로그인 실패가 너무 많습니다. %n초 뒤에 다시 시도하세요.</numerusform>
            </translation>
        </message>
        <message>
            <source>This account is disabled or its password was changed. Ask an admin.</source>
            <translation>이 계정은 사용 중지되었거나 비밀번호가 바뀌었습니다. 관리자에게 문의하세요.</translation>
        </message>
        <message>
            <source>The server speaks a different protocol version. Install the console that matches the server.</source>
            <translation>서버의 프로토콜 버전이 다릅니다. 서버에 맞는 콘솔을 설치하세요.</translation>
        </message>
        <message>
            <source>Cannot reach the server.</source>
            <translation>서버에 연결할 수 없습니다.</translation>
        </message>
        <message>
            <source>That address is not a Floorwalker server.</source>
            <translation>그 주소는 Floorwalker 서버가 아닙니다.</translation>
        </message>
        <message>
            <source>Your login has expired. Log in again.</source>
            <translation>로그인이 만료되었습니다. 다시 로그인하세요.</translation>
        </message>
        <message>
            <source>The server closed the connection after too many failed logins.</source>
            <translation>로그인 실패가 너무 많아 서버가 연결을 끊었습니다.</translation>
        </message>
        <message>
            <source>The server sent something this console does not understand.</source>
            <translation>서버가 이 콘솔이 이해할 수 없는 내용을 보냈습니다.</translation>
        </message>
        <message>
            <source>Not connected to the server.</source>
            <translation>서버에 연결되어 있지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>fw::ConsoleSession</name>
        <message>
            <source>Only an admin may do that.</source>
            <translation>관리자만 할 수 있습니다.</translation>
        </message>
        <message>
            <source>Another staff member has claimed this visitor.</source>
            <translation>다른 직원이 이 방문자를 담당하고 있습니다.</translation>
        </message>
        <message>
            <source>That visitor or item is no longer there.</source>
            <translation>그 방문자나 항목은 더 이상 없습니다.</translation>
        </message>
        <message>
            <source>That conflicts with the current state: %1</source>
            <translation>현재 상태와 맞지 않습니다: %1</translation>
        </message>
        <message>
            <source>The server cannot do that now.</source>
            <translation>서버가 지금은 처리할 수 없습니다.</translation>
        </message>
        <message>
            <source>The server did not accept a value: %1</source>
            <translation>서버가 값을 받아들이지 않았습니다: %1</translation>
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation>서버가 제시간에 응답하지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>fw::ConversationListModel</name>
        <message numerus="yes">
            <source>%n open help request(s)</source>
            <translation>
                <numerusform>처리 안 된 도움 요청 %n건</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>안 읽음 %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fw::KeychainSecretStore</name>
        <message>
            <source>The system keychain did not answer.</source>
            <translation>시스템 키체인이 응답하지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>fw::LoginDialog</name>
        <message>
            <source>The remembered password could not be read from the system keychain (%1). Type it in.</source>
            <translation>시스템 키체인에서 저장된 비밀번호를 읽지 못했습니다 (%1). 직접 입력하세요.</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>로그인하는 중…</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>로그인(&amp;L)</translation>
        </message>
        <message>
            <source>Enter the server address, e.g. ws://shop.example:8081/v1/console.</source>
            <translation>서버 주소를 입력하세요. 예: ws://shop.example:8081/v1/console</translation>
        </message>
        <message>
            <source>User names are 2 to 64 letters, digits, dots, dashes or underscores.</source>
            <translation>사용자 이름은 영문자, 숫자, 점, 하이픈, 밑줄로 된 2~64자입니다.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>비밀번호를 입력하세요.</translation>
        </message>
        <message>
            <source>The password was not remembered: %1</source>
            <translation>비밀번호를 저장하지 못했습니다: %1</translation>
        </message>
        <message>
            <source>Log in to Floorwalker</source>
            <translation>Floorwalker 로그인</translation>
        </message>
        <message>
            <source>Log in to your shop's Floorwalker server to see its visitors live.</source>
            <translation>쇼핑몰의 Floorwalker 서버에 로그인하면 방문자를 실시간으로 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>서버(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>ws://host:port/v1/console</source>
            <translation>ws://호스트:포트/v1/console</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>서버 주소</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>비밀번호</translation>
        </message>
        <message>
            <source>&amp;Remember the password in the system keychain</source>
            <translation>시스템 키체인에 비밀번호 저장(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>fw::MainWindow</name>
        <message>
            <source>%1 changed the behaviour thresholds.</source>
            <translation>%1 님이 행동 기준값을 바꿨습니다.</translation>
        </message>
        <message>
            <source>About Floorwalker</source>
            <translation>Floorwalker 정보</translation>
        </message>
        <message>
            <source>Floorwalker console %1
Qt %2
Server %3</source>
            <translation>Floorwalker 콘솔 %1
Qt %2
서버 %3</translation>
        </message>
        <message>
            <source>Filter by visitor, page, address or staff (Ctrl+F)</source>
            <translation>방문자, 페이지, 주소, 담당자로 찾기 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter visitors</source>
            <translation>방문자 찾기</translation>
        </message>
        <message>
            <source>S&amp;tate:</source>
            <translation>상태(&amp;T):</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>모든 상태</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>응대가 필요함</translation>
        </message>
        <message>
            <source>Filter by state</source>
            <translation>상태로 거르기</translation>
        </message>
        <message>
            <source>"Needs attention": frustrated, stalled, interested, hopping, or asking for help</source>
            <translation>"응대가 필요함": 불편 겪는 중, 멈춤, 관심 높음, 페이지 이동 잦음, 또는 도움 요청</translation>
        </message>
        <message>
            <source>&amp;Verified customers only</source>
            <translation>인증 고객만(&amp;V)</translation>
        </message>
        <message>
            <source>Order held while you read (F5 re-sorts)</source>
            <translation>읽는 동안 순서 고정 중 (F5: 다시 정렬)</translation>
        </message>
        <message>
            <source>Live visitors</source>
            <translation>실시간 방문자</translation>
        </message>
        <message>
            <source>Visitor details</source>
            <translation>방문자 정보</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>채팅</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>로그아웃(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>종료(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Filter visitors</source>
            <translation>방문자 찾기(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Re-sort now</source>
            <translation>지금 다시 정렬(&amp;R)</translation>
        </message>
        <message>
            <source>Go to the &amp;visitor list</source>
            <translation>방문자 목록으로 이동(&amp;V)</translation>
        </message>
        <message>
            <source>Go to the &amp;message box</source>
            <translation>메시지 입력란으로 이동(&amp;M)</translation>
        </message>
        <message>
            <source>Go to the &amp;conversations</source>
            <translation>대화 목록으로 이동(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Chat with visitor</source>
            <translation>방문자와 채팅(&amp;C)</translation>
        </message>
        <message>
            <source>C&amp;laim or release visitor</source>
            <translation>방문자 담당/해제(&amp;L)</translation>
        </message>
        <message>
            <source>Copy page &amp;address</source>
            <translation>페이지 주소 복사(&amp;A)</translation>
        </message>
        <message>
            <source>My &amp;preferences…</source>
            <translation>내 환경설정(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Behaviour thresholds…</source>
            <translation>행동 기준값(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Staff accounts…</source>
            <translation>직원 계정(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>단축키(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About Floorwalker</source>
            <translation>Floorwalker 정보(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>V&amp;isitor</source>
            <translation>방문자(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>설정(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Show Floorwalker</source>
            <translation>Floorwalker 보이기(&amp;S)</translation>
        </message>
        <message numerus="yes">
            <source>%n visitor(s)</source>
            <translation>
                <numerusform>방문자 %n명</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n visitor(s)</source>
            <translation>
                <numerusform>방문자 %n명 중 %1명</numerusform>
            </translation>
        </message>
        <message>
            <source>Floorwalker console</source>
            <translation>Floorwalker 콘솔</translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>안 읽음 %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread message(s)</source>
            <translation>
                <numerusform>안 읽은 메시지 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Take over visitor</source>
            <translation>방문자 넘겨받기</translation>
        </message>
        <message>
            <source>%1 is claimed by another staff member. Take them over?</source>
            <translation>%1 방문자는 다른 직원이 담당하고 있습니다. 넘겨받을까요?</translation>
        </message>
        <message>
            <source>You claimed %1.</source>
            <translation>%1 방문자를 담당합니다.</translation>
        </message>
        <message>
            <source>Could not claim: %1</source>
            <translation>담당하지 못했습니다: %1</translation>
        </message>
        <message>
            <source>You released %1.</source>
            <translation>%1 방문자 담당을 해제했습니다.</translation>
        </message>
        <message>
            <source>Could not release: %1</source>
            <translation>담당을 해제하지 못했습니다: %1</translation>
        </message>
        <message>
            <source>&amp;Release</source>
            <translation>담당 해제(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Claim</source>
            <translation>담당하기(&amp;C)</translation>
        </message>
        <message>
            <source>Enter in the visitor list	Open the chat with that visitor</source>
            <translation>방문자 목록에서 Enter	그 방문자와 채팅 열기</translation>
        </message>
        <message>
            <source>Enter in the message box	Send (Shift+Enter: new line)</source>
            <translation>메시지 입력란에서 Enter	보내기 (Shift+Enter: 줄 바꿈)</translation>
        </message>
        <message>
            <source>Alt+1 … Alt+9 in the chat	Insert a canned reply</source>
            <translation>채팅에서 Alt+1 … Alt+9	자주 쓰는 답변 넣기</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <source>Not connected: the thresholds shown may be out of date.</source>
            <translation>연결되지 않음: 보이는 기준값이 최신이 아닐 수 있습니다.</translation>
        </message>
        <message>
            <source>Reconnected; the list is up to date.</source>
            <translation>다시 연결되었습니다. 목록이 최신 상태입니다.</translation>
        </message>
        <message>
            <source>Logged in as %1.</source>
            <translation>%1(으)로 로그인했습니다.</translation>
        </message>
    </context>
    <context>
        <name>fw::NotificationBanner</name>
        <message>
            <source>&amp;Open</source>
            <translation>열기(&amp;O)</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Dismiss alert</source>
            <translation>알림 닫기</translation>
        </message>
        <message>
            <source>Alert</source>
            <translation>알림</translation>
        </message>
    </context>
    <context>
        <name>fw::PreferencesPage</name>
        <message>
            <source>New reply</source>
            <translation>새 답변</translation>
        </message>
        <message>
            <source>Alerts</source>
            <translation>알림</translation>
        </message>
        <message>
            <source>Alert me when &amp;any visitor arrives</source>
            <translation>모든 방문자가 접속할 때 알림(&amp;A)</translation>
        </message>
        <message>
            <source>Alert me only for &amp;verified customers</source>
            <translation>인증 고객이 접속할 때만 알림(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;No arrival alerts</source>
            <translation>접속 알림 없음(&amp;N)</translation>
        </message>
        <message>
            <source>Help requests and messages from visitors always alert you.</source>
            <translation>방문자의 도움 요청과 메시지는 항상 알립니다.</translation>
        </message>
        <message>
            <source>Play a &amp;sound with alerts</source>
            <translation>알림 소리 켜기(&amp;S)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>시스템 기본값</translation>
        </message>
        <message>
            <source>Canned replies (Alt+1 … Alt+9 in the chat)</source>
            <translation>자주 쓰는 답변 (채팅에서 Alt+1 … Alt+9)</translation>
        </message>
        <message>
            <source>Canned replies</source>
            <translation>자주 쓰는 답변</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>추가(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>삭제(&amp;R)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>위로(&amp;U)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>아래로(&amp;W)</translation>
        </message>
        <message>
            <source>Restore de&amp;faults</source>
            <translation>기본값으로(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>fw::SettingsDialog</name>
        <message>
            <source>Saving the thresholds…</source>
            <translation>기준값을 저장하는 중…</translation>
        </message>
        <message>
            <source>The server did not take the thresholds: %1</source>
            <translation>서버가 기준값을 받아들이지 않았습니다: %1</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>&amp;My preferences</source>
            <translation>내 환경설정(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Behaviour thresholds</source>
            <translation>행동 기준값(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Staff accounts</source>
            <translation>직원 계정(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>fw::StaffAccountDialog</name>
        <message>
            <source>Add a staff account</source>
            <translation>직원 계정 추가</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>%1의 새 비밀번호</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>표시 이름(&amp;D):</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>역할(&amp;R):</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>비밀번호(&amp;P):</translation>
        </message>
        <message>
            <source>&amp;Confirm:</source>
            <translation>비밀번호 확인(&amp;C):</translation>
        </message>
        <message>
            <source>User names are 2 to 64 letters, digits, dots, dashes or underscores.</source>
            <translation>사용자 이름은 영문자, 숫자, 점, 하이픈, 밑줄로 된 2~64자입니다.</translation>
        </message>
        <message>
            <source>The password needs at least %1 characters.</source>
            <translation>비밀번호는 %1자 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>두 비밀번호가 다릅니다.</translation>
        </message>
    </context>
    <context>
        <name>fw::StaffAccountsModel</name>
        <message>
            <source>disabled</source>
            <translation>사용 중지</translation>
        </message>
        <message>
            <source>active</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>표시 이름</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>만든 날짜</translation>
        </message>
    </context>
    <context>
        <name>fw::StaffAccountsPage</name>
        <message>
            <source>Account %1 added.</source>
            <translation>%1 계정을 추가했습니다.</translation>
        </message>
        <message>
            <source>Could not add %1: %2</source>
            <translation>%1 계정을 추가하지 못했습니다: %2</translation>
        </message>
        <message>
            <source>Account %1 disabled; its consoles were logged out.</source>
            <translation>%1 계정을 사용 중지했습니다. 그 계정의 콘솔은 로그아웃되었습니다.</translation>
        </message>
        <message>
            <source>Account %1 enabled.</source>
            <translation>%1 계정을 다시 사용합니다.</translation>
        </message>
        <message>
            <source>Could not change %1: %2</source>
            <translation>%1 계정을 바꾸지 못했습니다: %2</translation>
        </message>
        <message>
            <source>New password set for %1; its consoles must log in again.</source>
            <translation>%1의 새 비밀번호를 설정했습니다. 그 계정의 콘솔은 다시 로그인해야 합니다.</translation>
        </message>
        <message>
            <source>Could not reset %1: %2</source>
            <translation>%1의 비밀번호를 바꾸지 못했습니다: %2</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>사용(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>사용 중지(&amp;D)</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>내 계정은 사용 중지할 수 없습니다.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>추가(&amp;A)…</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>비밀번호 재설정(&amp;P)…</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>새로 고침(&amp;L)</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>직원 계정</translation>
        </message>
    </context>
    <context>
        <name>fw::StateBadge</name>
        <message>
            <source>Behaviour state</source>
            <translation>행동 상태</translation>
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
            <translation>시각</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>근거</translation>
        </message>
    </context>
    <context>
        <name>fw::ThresholdsPage</name>
        <message>
            <source> s</source>
            <comment>seconds</comment>
            <translation>초</translation>
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
            <translation>회</translation>
        </message>
        <message>
            <source> clicks</source>
            <translation>회</translation>
        </message>
        <message>
            <source>%1 changed the thresholds just now.</source>
            <translation>%1 님이 방금 기준값을 바꿨습니다.</translation>
        </message>
        <message>
            <source>Enter a whole number.</source>
            <translation>정수를 입력하세요.</translation>
        </message>
        <message>
            <source>Must be between %1 and %2%3.</source>
            <translation>%1~%2%3 사이여야 합니다.</translation>
        </message>
        <message>
            <source>These rules decide each visitor's behaviour state. A change applies to every live visitor at once and every console sees it.</source>
            <translation>이 규칙으로 방문자마다 행동 상태를 정합니다. 바꾸면 모든 실시간 방문자에게 곧바로 적용되고 모든 콘솔에 보입니다.</translation>
        </message>
        <message>
            <source>Only an admin can change the behaviour thresholds. These are the values the server uses now.</source>
            <translation>행동 기준값은 관리자만 바꿀 수 있습니다. 서버가 지금 쓰는 값입니다.</translation>
        </message>
        <message>
            <source>%1–%2, default %3</source>
            <translation>%1~%2, 기본값 %3</translation>
        </message>
        <message>
            <source>Default</source>
            <translation>기본값</translation>
        </message>
        <message>
            <source>Reset to the default value</source>
            <translation>기본값으로 되돌립니다</translation>
        </message>
        <message>
            <source>Restore all &amp;defaults</source>
            <translation>모두 기본값으로(&amp;D)</translation>
        </message>
        <message>
            <source>Last changed by %1 at %2.</source>
            <translation>마지막 변경: %1, %2.</translation>
        </message>
        <message>
            <source>Last changed by %1.</source>
            <translation>마지막 변경: %1.</translation>
        </message>
        <message>
            <source>No admin has changed them yet.</source>
            <translation>아직 관리자가 바꾼 적이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>fw::TrailModel</name>
        <message>
            <source>Entered at %1</source>
            <translation>들어온 시각 %1</translation>
        </message>
        <message>
            <source>Left at %1</source>
            <translation>나간 시각 %1</translation>
        </message>
        <message>
            <source>The visitor is on this page now</source>
            <translation>방문자가 지금 이 페이지에 있습니다</translation>
        </message>
        <message>
            <source>Visible time: %1</source>
            <translation>본 시간: %1</translation>
        </message>
        <message>
            <source>Wall time: %1</source>
            <translation>머문 시간: %1</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>들어온 시각</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>페이지</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Dwell</source>
            <translation>체류</translation>
        </message>
    </context>
    <context>
        <name>fw::VisitorDetailWidget</name>
        <message>
            <source>Verified customer</source>
            <translation>인증 고객</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>익명</translation>
        </message>
        <message>
            <source>since %1</source>
            <translation>%1부터</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>none known</source>
            <translation>알려진 내역 없음</translation>
        </message>
        <message>
            <source>direct</source>
            <translation>직접 방문</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>&amp;Release</source>
            <translation>담당 해제(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Take over</source>
            <translation>담당 넘겨받기(&amp;T)</translation>
        </message>
        <message>
            <source>Claimed by other</source>
            <translation>다른 직원 담당</translation>
        </message>
        <message>
            <source>&amp;Claim</source>
            <translation>담당하기(&amp;C)</translation>
        </message>
        <message>
            <source>%1 visible, %2 wall</source>
            <translation>본 시간 %1, 머문 시간 %2</translation>
        </message>
        <message>
            <source>%1 (since %2)</source>
            <translation>%1 (%2부터)</translation>
        </message>
        <message>
            <source>Select a visitor in the list to see their profile, trail and behaviour.</source>
            <translation>목록에서 방문자를 고르면 프로필, 이동 경로, 행동을 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>This visitor has left the shop.</source>
            <translation>이 방문자는 쇼핑몰을 떠났습니다.</translation>
        </message>
        <message>
            <source>C&amp;hat</source>
            <translation>채팅(&amp;H)</translation>
        </message>
        <message>
            <source>Open the 1:1 chat with this visitor</source>
            <translation>이 방문자와 1:1 채팅을 엽니다</translation>
        </message>
        <message>
            <source>Mark this visitor as yours for every console</source>
            <translation>모든 콘솔에서 이 방문자를 내 담당으로 표시합니다</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>고객</translation>
        </message>
        <message>
            <source>Age, gender</source>
            <translation>나이, 성별</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>구매 이력</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>페이지</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>기기</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Came from</source>
            <translation>유입 경로</translation>
        </message>
        <message>
            <source>On page</source>
            <translation>현재 페이지 체류</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>사이트 체류</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>본 페이지 수</translation>
        </message>
        <message>
            <source>Claimed by</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>URL trail (%1)</source>
            <translation>이동 경로 (%1)</translation>
        </message>
        <message>
            <source>Behaviour (%1)</source>
            <translation>행동 기록 (%1)</translation>
        </message>
        <message>
            <source>URL trail</source>
            <translation>이동 경로</translation>
        </message>
        <message>
            <source>Behaviour timeline</source>
            <translation>행동 기록</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>방문자</translation>
        </message>
    </context>
    <context>
        <name>fw::VisitorTableModel</name>
        <message>
            <source>verified customer</source>
            <translation>인증 고객</translation>
        </message>
        <message>
            <source>scrolled %1 percent</source>
            <translation>%1퍼센트까지 스크롤함</translation>
        </message>
        <message>
            <source>scrolling now</source>
            <translation>지금 스크롤 중</translation>
        </message>
        <message numerus="yes">
            <source>%n open help request(s)</source>
            <translation>
                <numerusform>처리 안 된 도움 요청 %n건</numerusform>
            </translation>
        </message>
        <message>
            <source>no help requested</source>
            <translation>도움 요청 없음</translation>
        </message>
        <message>
            <source>Verified customer</source>
            <translation>인증 고객</translation>
        </message>
        <message>
            <source>Anonymous visitor</source>
            <translation>익명 방문자</translation>
        </message>
        <message>
            <source>Purchases: %1</source>
            <translation>구매 이력: %1</translation>
        </message>
        <message>
            <source>Language: %1</source>
            <translation>언어: %1</translation>
        </message>
        <message>
            <source>Came from: %1</source>
            <translation>유입 경로: %1</translation>
        </message>
        <message>
            <source>Since %1</source>
            <translation>%1부터</translation>
        </message>
        <message>
            <source>Searched for: %1</source>
            <translation>검색어: %1</translation>
        </message>
        <message>
            <source>Visible time on this page: %1</source>
            <translation>이 페이지를 본 시간: %1</translation>
        </message>
        <message>
            <source>Wall time on this page: %1</source>
            <translation>이 페이지에 머문 시간: %1</translation>
        </message>
        <message>
            <source>Entered at %1</source>
            <translation>들어온 시각 %1</translation>
        </message>
        <message>
            <source>The tab is hidden: the visible time is paused.</source>
            <translation>탭이 숨겨져 있어 본 시간이 멈춰 있습니다.</translation>
        </message>
        <message>
            <source>On the site since %1</source>
            <translation>%1부터 사이트에 있음</translation>
        </message>
        <message>
            <source>Scrolled to %1% of this page (deepest %2%)</source>
            <translation>이 페이지의 %1%까지 스크롤함 (가장 깊이 %2%)</translation>
        </message>
        <message>
            <source>Scrolling now</source>
            <translation>지금 스크롤 중</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) viewed in this session</source>
            <translation>
                <numerusform>이번 방문에서 %n페이지를 봄</numerusform>
            </translation>
        </message>
        <message>
            <source>No open help request</source>
            <translation>처리 안 된 도움 요청 없음</translation>
        </message>
        <message>
            <source>Not claimed</source>
            <translation>담당자 없음</translation>
        </message>
        <message>
            <source>Claimed by %1 (%2)</source>
            <translation>담당: %1 (%2)</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>방문자</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Current page</source>
            <translation>현재 페이지</translation>
        </message>
        <message>
            <source>On page</source>
            <translation>페이지 체류</translation>
        </message>
        <message>
            <source>On site</source>
            <translation>사이트 체류</translation>
        </message>
        <message>
            <source>Scroll</source>
            <translation>스크롤</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>페이지</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>도움</translation>
        </message>
        <message>
            <source>Claimed by</source>
            <translation>담당자</translation>
        </message>
        <message>
            <source>Visible time on the current page; the wall time is in each cell's tooltip</source>
            <translation>현재 페이지를 본 시간. 머문 시간은 각 칸의 도움말에 있습니다</translation>
        </message>
        <message>
            <source>Time since the session started</source>
            <translation>방문을 시작한 뒤 지난 시간</translation>
        </message>
        <message>
            <source>How far down the page the visitor has seen; the mark shows live scrolling</source>
            <translation>방문자가 페이지를 얼마나 내려 봤는지. 표시는 지금 스크롤 중임을 뜻합니다</translation>
        </message>
        <message>
            <source>Pages viewed in this session</source>
            <translation>이번 방문에서 본 페이지</translation>
        </message>
        <message>
            <source>Open help requests</source>
            <translation>처리 안 된 도움 요청</translation>
        </message>
    </context>
</TS>
