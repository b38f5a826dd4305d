// What every appeal page says where it matters: this is information, not legal advice, and where
// to get free advice (IPSEA, and the council's information, advice and support service, SENDIASS).
export function AdviceNote() {
  return (
    <aside className="advice-note" aria-labelledby="advice-note">
      <h2 id="advice-note">This is information, not legal advice</h2>
      <p>
        Clearpath works out dates from what you record and from the rules as we have read them. For advice on your appeal, talk
        to a free advice service:
      </p>
      <ul>
        <li>
          <a href="https://www.ipsea.org.uk/">IPSEA</a>, a charity that gives free legal advice on special educational needs.
        </li>
        <li>
          Your council's information, advice and support service (often called SENDIASS). Every council must offer one, free. Search for
          your council's name and “SENDIASS”.
        </li>
      </ul>
    </aside>
  );
}
