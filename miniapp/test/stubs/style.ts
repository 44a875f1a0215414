/** Jest stand-in for stylesheet imports (`import './index.css'`). */
export default {};
