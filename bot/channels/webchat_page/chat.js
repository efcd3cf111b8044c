// The web chat page. Message text is only ever set with textContent (never innerHTML), the
// session id lives in sessionStorage only, and Quick exit (or Esc) clears the page's storage,
// removes the chat and replaces the page, so Back does not return to it.
(function () {
  "use strict";

  var SESSION_KEY = "chat_session";
  var WEBHOOK = "webhook"; // relative: /webhooks/webchat/webhook
  var configured = document.body.getAttribute("data-exit-url") || "";
  var EXIT_URL = /^(https?:\/\/|about:blank$)/i.test(configured) ? configured : "about:blank";

  var messages = document.getElementById("messages");
  var form = document.getElementById("composer");
  var input = document.getElementById("message");
  var exitButton = document.getElementById("quick-exit");
  var queue = Promise.resolve(); // messages go out one after the other, in order
  var leaving = false;

  function quickExit() {
    leaving = true;
    try { sessionStorage.clear(); } catch (e) { /* storage may be disabled */ }
    try { localStorage.clear(); } catch (e) { /* storage may be disabled */ }
    var chat = document.getElementById("chat");
    if (chat) { chat.remove(); }
    document.title = "";
    window.location.replace(EXIT_URL);
  }

  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function sessionId() {
    var id = null;
    try { id = sessionStorage.getItem(SESSION_KEY); } catch (e) { id = null; }
    if (!id || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      id = randomId();
      try { sessionStorage.setItem(SESSION_KEY, id); } catch (e) { /* kept for this page only */ }
    }
    return id;
  }

  var session = sessionId();

  function scrollDown() {
    messages.scrollTop = messages.scrollHeight;
  }

  function addMessage(kind, text) {
    var bubble = document.createElement("div");
    bubble.className = "message " + kind;
    bubble.textContent = text;
    messages.appendChild(bubble);
    scrollDown();
    return bubble;
  }

  function addButtons(buttons) {
    var row = document.createElement("div");
    row.className = "buttons";
    buttons.forEach(function (button) {
      if (!button || typeof button.payload !== "string") { return; }
      var element = document.createElement("button");
      element.type = "button";
      element.textContent = typeof button.title === "string" ? button.title : button.payload;
      element.addEventListener("click", function () {
        send(button.payload, element.textContent);
      });
      row.appendChild(element);
    });
    messages.appendChild(row);
    scrollDown();
  }

  function showAnswers(answers) {
    if (!Array.isArray(answers)) { return; }
    answers.forEach(function (answer) {
      if (!answer || typeof answer !== "object") { return; }
      if (typeof answer.text === "string" && answer.text) { addMessage("bot", answer.text); }
      if (Array.isArray(answer.buttons) && answer.buttons.length) { addButtons(answer.buttons); }
    });
  }

  // Sends ``payload``; shows ``shown`` (her words, or a button's title) as her message.
  function send(payload, shown) {
    addMessage("user", shown);
    queue = queue.then(function () {
      var waiting = addMessage("status", "…");
      return fetch(WEBHOOK, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ session: session, message: payload }),
        cache: "no-store",
        credentials: "omit",
        referrerPolicy: "no-referrer"
      }).then(function (reply) {
        if (!reply.ok) { throw new Error("status " + reply.status); }
        return reply.json();
      }).then(function (answers) {
        waiting.remove();
        if (!leaving) { showAnswers(answers); }
      }).catch(function () {
        waiting.remove();
        if (!leaving) {
          addMessage("status", "Your message could not be sent. Please try again.");
        }
      });
    });
  }

  // A counsellor's replies wait on the server until this page fetches them.
  var POLL_MS = 4000;
  function fetchStaffMessages() {
    if (leaving) { return; }
    fetch("messages?session=" + encodeURIComponent(session), { cache: "no-store" })
      .then(function (reply) { return reply.ok ? reply.json() : []; })
      .then(function (waiting) { if (waiting.length) { showAnswers(waiting); } })
      .catch(function () { /* offline for a moment: try again at the next tick */ });
  }
  window.setInterval(fetchStaffMessages, POLL_MS);

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { return; }
    input.value = "";
    send(text, text);
    input.focus();
  });

  exitButton.addEventListener("click", quickExit);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") {
      event.preventDefault();
      quickExit();
    }
  });
}());
