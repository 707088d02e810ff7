// Polls the job-status endpoint so each upload's status moves from queued to done in place.
(function () {
  const script = document.currentScript;
  const url = script.dataset.statusUrl;
  function pending() { return Array.from(document.querySelectorAll("tr[data-pending]")); }
  function poll() {
    const rows = pending();
    if (!rows.length) return;
    const ids = rows.map((r) => r.dataset.job).join(",");
    fetch(url + "?ids=" + ids, { credentials: "same-origin" })
      .then((r) => r.json())
      .then((data) => {
        for (const job of data.jobs) {
          const row = document.querySelector('tr[data-job="' + job.id + '"]');
          if (!row) continue;
          const status = row.querySelector(".status");
          status.className = "status status-" + job.status;
          status.textContent = job.label;
          const message = row.querySelector(".message");
          message.textContent = job.message;  // textContent: messages are never HTML
          if (job.page_url) {
            const link = document.createElement("a");
            link.href = job.page_url;
            link.textContent = " 查看版面";
            message.appendChild(link);
          }
          if (job.finished) row.removeAttribute("data-pending");
        }
      })
      .catch(() => {})
      .finally(() => { if (pending().length) setTimeout(poll, 1500); });
  }
  setTimeout(poll, 1000);
})();
